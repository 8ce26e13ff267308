package cn.cebase.base;

import java.security.SecureRandom;

/**
 * The code behind a plaque's QR (牌匾验证码): 16 characters from an alphabet without the look-alikes
 * 0/O, 1/I/L, so that a person can also read it off the plaque and type it. From a
 * {@link SecureRandom}, since knowing one code must not help guess another (about 79 bits).
 */
public final class VerificationCodes {

	/** Digits and capitals without 0, 1, I, L and O. */
	public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	public static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	public static String next() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}
}
