package cn.cebase;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.institution.InstitutionType;
import cn.cebase.shared.UnifiedSocialCreditCode;

import org.springframework.security.core.userdetails.UserDetailsService;

/** Intention-revealing test data: valid codes, registrations in the seed jurisdictions, demo users. */
public final class Fixtures {

	public static final String PASSWORD = "Cebase@2026";

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private Fixtures() {
	}

	/** A valid 统一社会信用代码 that no other test uses. */
	public static String newCreditCode() {
		StringBuilder code = new StringBuilder("91");
		code.append("000000");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
	}

	public static String newUsername(String prefix) {
		return prefix + "." + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
	}

	/** A training school in 福州市鼓楼区 (Fujian). */
	public static InstitutionRegistration trainingSchoolInFuzhou() {
		return registration("福州职业技能培训学校" + SEQUENCE.incrementAndGet(), "350102");
	}

	/** A research institute in 长春市朝阳区 (Jilin). */
	public static InstitutionRegistration researchInstituteInChangchun() {
		return registration("长春应用化学研究所培训中心" + SEQUENCE.incrementAndGet(), "220104");
	}

	public static InstitutionRegistration registration(String name, String regionCode) {
		return new InstitutionRegistration(newCreditCode(), name, InstitutionType.TRAINING_ORGANIZATION, regionCode,
				"测试路1号", "王五", "赵老师", "0591-87654321", "contact@example.cn", newUsername("inst"), PASSWORD, null);
	}

	public static CurrentUser user(UserDetailsService users, String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}
}
