package cn.cebase.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet without I, O, Z, S, V;
 * the last one is a check character computed from the first 17 with fixed weights.
 */
public record UnifiedSocialCreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public UnifiedSocialCreditCode {
		problemWith(value).ifPresent(key -> {
			throw new BusinessException(key);
		});
	}

	/** Accepts lower case and surrounding blanks, as people type them. */
	public static UnifiedSocialCreditCode parse(String raw) {
		return new UnifiedSocialCreditCode(normalize(raw));
	}

	public static String normalize(String raw) {
		return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
	}

	/** The message key describing what is wrong with a (normalised) code, or empty when it is valid. */
	public static Optional<String> problemWith(String code) {
		if (code == null || code.isEmpty()) {
			return Optional.of("creditCode.required");
		}
		if (code.length() != 18) {
			return Optional.of("creditCode.length");
		}
		int sum = 0;
		for (int i = 0; i < 18; i++) {
			int v = ALPHABET.indexOf(code.charAt(i));
			if (v < 0) {
				return Optional.of("creditCode.characters");
			}
			if (i < 17) {
				sum += v * WEIGHTS[i];
			}
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check) == code.charAt(17) ? Optional.empty() : Optional.of("creditCode.checksum");
	}

	/** The check character for the first 17 characters; used by fixtures that generate valid codes. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	@Override
	public String toString() {
		return value;
	}
}
