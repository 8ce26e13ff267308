package cn.cebase.base;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.policy.ProfileLevel;

import org.springframework.stereotype.Component;

/**
 * Bases written straight into the table, as recognition will write them, for the tests of what is
 * printed from a base; the numbers follow the profiles' formats and are never taken twice.
 */
@Component
public class TestBases {

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Bases records;

	TestBases(Bases records) {
		this.records = records;
	}

	/** A base as recognised: active, in {@code callId} (or none), with two fields. */
	public BaseView insert(String numberFormat, Long institutionId, String name, ProfileLevel level, long authorityId,
			String regionCode, Long callId, LocalDate recognizedOn, Long subsidyYuan, List<String> fields) {
		String number = freeNumber(numberFormat, recognizedOn.getYear());
		BaseView base = new BaseView(0, number, verificationCode(), institutionId, name, null, level, authorityId, null, regionCode,
				null, fields, recognizedOn, BaseStatus.ACTIVE, callId, null, BaseView.Source.RECOGNIZED, subsidyYuan, null, null,
				null, null, null);
		long id = records.insert(base, Instant.now());
		return records.find(id).orElseThrow();
	}

	public BaseView withStatus(BaseView base, BaseStatus status) {
		StatusMoves.moveTo(records, base.id(), status, LocalDate.now(), "测试");
		return records.find(base.id()).orElseThrow();
	}

	private String freeNumber(String format, int year) {
		while (true) {
			String number = format.replace("{year}", String.valueOf(year))
				// below 900: recognition numbers after the highest taken, and a test base at 999 would push a real
				// recognition in the same run to 1000, past the three digits the tests expect
				.replace("{seq}", String.format("%03d", 100 + RANDOM.nextInt(800)));
			if (!records.numberTaken(number)) {
				return number;
			}
		}
	}

	static String verificationCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
