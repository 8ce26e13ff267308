package cn.cebase.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@CeBaseTest
class InstitutionRegistrationTests {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewInstitutionWaitsBelowTheAuthorityOfItsRegion() {
		InstitutionRegistration registration = Fixtures.researchInstituteInChangchun();

		Institution institution = institutions.register(registration);

		assertThat(institution.status()).isEqualTo(InstitutionStatus.PENDING);
		Organization changchun = organizations.findByCode("hrss-220100").orElseThrow();
		assertThat(institution.authorityId()).isEqualTo(changchun.id());
		assertThat(institution.scopePath()).startsWith(changchun.path());
		CurrentUser firstUser = Fixtures.user(users, registration.username());
		assertThat(firstUser.roles()).containsExactly(Role.INSTITUTION);
		assertThat(institutions.mine(firstUser).id()).isEqualTo(institution.id());
	}

	@Test
	void aCountyWithoutItsOwnBureauGoesToTheCity() {
		// 吉林市船营区 has no 人社局 in the demo world: the registration lands with 吉林市人社局
		Institution institution = institutions.register(Fixtures.registration("船营区培训学校", "220204"));
		assertThat(institution.authorityId()).isEqualTo(organizations.findByCode("hrss-220200").orElseThrow().id());
	}

	@Test
	void reportsEveryWrongFieldAtOnce() {
		InstitutionRegistration bad = new InstitutionRegistration("91350100M000100Y44", " ", null, "999999",
				"路".repeat(301), "", "", "电话", "not-an-email", "x", "short", null);

		assertThatThrownBy(() -> institutions.register(bad)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.details()).extracting(BusinessException::field, BusinessException::messageKey)
					.contains(org.assertj.core.groups.Tuple.tuple("creditCode", "creditCode.checksum"),
							org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
							org.assertj.core.groups.Tuple.tuple("type", "validation.required"),
							org.assertj.core.groups.Tuple.tuple("regionCode", "region.unknown"),
							org.assertj.core.groups.Tuple.tuple("address", "validation.tooLong"),
							org.assertj.core.groups.Tuple.tuple("legalRepresentative", "validation.required"),
							org.assertj.core.groups.Tuple.tuple("contactPhone", "validation.phone"),
							org.assertj.core.groups.Tuple.tuple("contactEmail", "validation.email"),
							org.assertj.core.groups.Tuple.tuple("username", "user.usernameFormat"),
							org.assertj.core.groups.Tuple.tuple("password", "password.tooShort")));
	}

	@Test
	void refusesACreditCodeThatIsAlreadyRegistered() {
		InstitutionRegistration first = Fixtures.trainingSchoolInFuzhou();
		institutions.register(first);
		InstitutionRegistration again = Fixtures.registration("另一个名称", "350102");
		InstitutionRegistration sameCode = new InstitutionRegistration(first.creditCode().toLowerCase(), again.name(),
				again.type(), again.regionCode(), again.address(), again.legalRepresentative(), again.contactName(),
				again.contactPhone(), again.contactEmail(), again.username(), again.password(), null);

		assertThatThrownBy(() -> institutions.register(sameCode)).isInstanceOfSatisfying(BusinessException.class,
				ex -> {
					assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
					assertThat(ex.field()).isEqualTo("creditCode");
				});
	}

	@Test
	void concurrentRegistrationsWithOneCodeMakeOneInstitution() throws Exception {
		String code = Fixtures.newCreditCode();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			InstitutionRegistration r = Fixtures.trainingSchoolInFuzhou();
			attempts.add(() -> {
				try {
					institutions.register(new InstitutionRegistration(code, r.name(), r.type(), r.regionCode(), r.address(),
							r.legalRepresentative(), r.contactName(), r.contactPhone(), r.contactEmail(), r.username(),
							r.password(), null));
					return true;
				}
				catch (BusinessException ex) {
					return false;
				}
			});
		}
		int succeeded = 0;
		for (Future<Boolean> result : pool.invokeAll(attempts)) {
			succeeded += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(succeeded).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from institution where credit_code = ?").param(code).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFiledChangeIsKeptAsHistory() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		CurrentUser own = Fixtures.user(users, registration.username());
		InstitutionProfile before = institution.profile();

		institutions.changeProfile(own, institution.id(), new InstitutionProfile(before.name() + "（更名）", before.type(),
				before.regionCode(), "福州市鼓楼区新地址8号", before.legalRepresentative(), before.contactName(),
				"0591-11112222", before.contactEmail()), "搬迁", institution.version());

		assertThat(institutions.changes(own, institution.id())).extracting(ChangeRecord::field)
			.containsExactlyInAnyOrder("name", "address", "contactPhone");
		assertThat(institutions.changes(own, institution.id())).allSatisfy(change -> {
			assertThat(change.reason()).isEqualTo("搬迁");
			assertThat(change.changedBy()).isEqualTo(own.id());
		});
	}

	@Test
	void aChangeOfRegionIsNotAFiling() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		CurrentUser own = Fixtures.user(users, registration.username());
		InstitutionProfile p = institution.profile();

		assertThatThrownBy(() -> institutions.changeProfile(own, institution.id(), new InstitutionProfile(p.name(), p.type(),
				"350200", p.address(), p.legalRepresentative(), p.contactName(), p.contactPhone(), p.contactEmail()), null,
				null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::messageKey)
				.contains("institution.change.regionNotAllowed"));
	}

	@Test
	void authorityRecordsAdverseCreditRecords() {
		Institution institution = institutions.register(Fixtures.trainingSchoolInFuzhou());
		CurrentUser fujian = Fixtures.user(users, "fj.authority");

		institutions.addCreditRecord(fujian, institution.id(), CreditRecordKind.IRREGULAR_TRAINING,
				java.time.LocalDate.of(2025, 3, 1), "福州市市场监督管理局通报", "超范围办班");

		assertThat(institutions.creditRecords(fujian, institution.id())).singleElement().satisfies(record -> {
			assertThat(record.kind()).isEqualTo(CreditRecordKind.IRREGULAR_TRAINING);
			assertThat(record.recordedBy()).isEqualTo(fujian.id());
		});
		assertThatThrownBy(() -> institutions.addCreditRecord(fujian, institution.id(), CreditRecordKind.DISHONESTY,
				java.time.LocalDate.now().plusDays(2), "来源", null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("occurredOn"));
	}
}
