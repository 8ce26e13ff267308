package cn.cebase.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.cebase.Fixtures;
import cn.cebase.policy.ProfileLevel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bases written straight into the table (Bases.insert), as recognition or an import would
 * leave them. Every base of one instance carries its tag in its name, so that a test can search
 * for its own bases among those other tests put into the shared database.
 */
final class RegistryTestBases {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Bases records;

	private final JdbcClient jdbc;

	/** Unique to this instance: found in the name of each of its bases. */
	final String tag;

	RegistryTestBases(Bases records, JdbcClient jdbc) {
		this.records = records;
		this.jdbc = jdbc;
		this.tag = "测" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
	}

	/** An ACTIVE provincial base of 福建 in 福州市鼓楼区, recognised on the given day. */
	BaseView fujian(String name, LocalDate recognizedOn, String... fields) {
		return insert(name, ProfileLevel.PROVINCIAL, "hrss-350000", "350102", recognizedOn, BaseStatus.ACTIVE, fields);
	}

	BaseView insert(String name, ProfileLevel level, String authorityCode, String regionCode, LocalDate recognizedOn,
			BaseStatus status, String... fields) {
		int n = SEQUENCE.incrementAndGet();
		long authorityId = jdbc.sql("select id from organization_names where code = ?").param(authorityCode).query(Long.class).single();
		BaseView base = new BaseView(0, "测继基〔" + recognizedOn.getYear() + "〕" + tag + "-" + String.format("%03d", n), newCode(), null,
				name + tag, Fixtures.newCreditCode(), level, authorityId, null, regionCode, null, List.of(fields), recognizedOn,
				BaseStatus.ACTIVE, null, null, BaseView.Source.IMPORTED, null, "福州市鼓楼区测试路" + n + "号", "林老师",
				"0591-8765" + String.format("%04d", n % 10000), null, null);
		long id = records.insert(base, Instant.now());
		if (status != BaseStatus.ACTIVE) {
			StatusMoves.moveTo(records, id, status, recognizedOn.plusYears(1), "测试：" + status.name());
		}
		return records.find(id).orElseThrow();
	}

	static String newCode() {
		StringBuilder code = new StringBuilder();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 12; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}
}
