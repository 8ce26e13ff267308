package cn.cebase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Every state change is in the trail; the trail is append-only and any alteration breaks the chain. */
@CeBaseTest
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void anApprovalIsRecordedWithWhoWhereAndWhy() throws Exception {
		Institution institution = institutions.register(Fixtures.trainingSchoolInFuzhou());
		CurrentUser fujian = Fixtures.user(users, "fj.authority");

		mvc.perform(post("/institutions/{id}/reject", institution.id()).with(user(fujian)).with(csrf())
			.param("reason", "办学场地证明缺失")).andExpect(status().is3xxRedirection());

		AuditEvent event = trail.list(fujian, "institution", String.valueOf(institution.id()), "institution.reject",
				new PageRequest(1, 1)).items().get(0);
		assertThat(event.actorId()).isEqualTo(fujian.id());
		assertThat(event.actorName()).isEqualTo("fj.authority");
		assertThat(event.orgId()).isEqualTo(fujian.organizationId());
		assertThat(event.remoteAddr()).isEqualTo("127.0.0.1");
		assertThat(event.reason()).isEqualTo("办学场地证明缺失");
		assertThat(event.changes()).contains("REJECTED");
	}

	@Test
	void aVisitorsRegistrationIsAnonymousAndTheDemoWorldIsTheSystems() throws Exception {
		mvc.perform(post("/api/v1/registrations").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"creditCode\":\"" + Fixtures.newCreditCode() + "\",\"name\":\"访客注册培训学校\",\"type\":\"OTHER\","
					+ "\"regionCode\":\"350102\",\"address\":\"福州市\",\"legalRepresentative\":\"甲\",\"contactName\":\"乙\","
					+ "\"contactPhone\":\"0591-1234567\",\"username\":\"" + Fixtures.newUsername("visitor")
					+ "\",\"password\":\"Visitor2026\"}"))
			.andExpect(status().isCreated());
		AuditEvent registration = trail.list(Fixtures.user(users, "admin"), "institution", null, "institution.register",
				new PageRequest(1, 1)).items().get(0);
		assertThat(registration.actorName()).isEqualTo("anonymous");
		assertThat(registration.remoteAddr()).isEqualTo("127.0.0.1");
		// the demo world was built at start-up, with no request behind it
		assertThat(jdbc.sql("select actor_name from audit_event order by id limit 1").query(String.class).single())
			.isEqualTo("system");
	}

	@Test
	void theTrailCannotBeUpdatedOrDeleted() {
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		long last = lastId();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set reason = 'x' where id = ?").param(last).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(last).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void anAlteredRowBreaksTheChainAtThatRow() {
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		long target = lastId();
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		assertThat(trail.verifyChain().intact()).isTrue();
		String original = jdbc.sql("select changes from audit_event where id = ?").param(target).query(String.class).single();

		bypassingTheTrigger("update audit_event set changes = '{\"name\":\"篡改\"}' where id = " + target);
		try {
			ChainVerification verification = trail.verifyChain();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenId()).isEqualTo(target);
			assertThat(verification.problem()).isEqualTo("audit.verify.contentAltered");
		}
		finally {
			bypassingTheTrigger("update audit_event set changes = '" + original.replace("'", "''") + "' where id = " + target);
		}
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void aRemovedRowBreaksTheLinkOfTheNext() {
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		long removed = lastId();
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		Map<String, Object> row = jdbc.sql("select * from audit_event where id = ?").param(removed).query().singleRow();

		bypassingTheTrigger("delete from audit_event where id = " + removed);
		try {
			ChainVerification verification = trail.verifyChain();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.problem()).isEqualTo("audit.verify.linkBroken");
			assertThat(verification.firstBrokenId()).isGreaterThan(removed);
		}
		finally {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
				jdbc.sql("insert into audit_event (id, occurred_at, actor_id, actor_name, org_id, org_path, remote_addr, action,"
						+ " target_type, target_id, changes, reason, prev_hash, hash) values (:id, :occurred_at, :actor_id,"
						+ " :actor_name, :org_id, :org_path, :remote_addr, :action, :target_type, :target_id, :changes,"
						+ " :reason, :prev_hash, :hash)").params(row).update();
				jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
			});
		}
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void concurrentActionsKeepOneUnbrokenChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<Object>> registrations = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			registrations.add(() -> institutions.register(Fixtures.trainingSchoolInFuzhou()));
		}
		for (var future : pool.invokeAll(registrations)) {
			future.get();
		}
		pool.shutdown();
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void onlyAdministratorsVerifyAndAuthoritiesSeeTheirScope() throws Exception {
		assertThatThrownBy(() -> trail.verify(Fixtures.user(users, "jl.authority"))).isInstanceOf(BusinessException.class);
		mvc.perform(get("/api/v1/audit-events/verification").with(user(Fixtures.user(users, "admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(get("/api/v1/audit-events").with(user(Fixtures.user(users, "inst.jl")))).andExpect(status().isForbidden());
		// what Fujian's staff did is not Jilin's business
		assertThat(trail.list(Fixtures.user(users, "jl.authority"), null, null, "institution.reject", new PageRequest(1, 100))
			.items()).noneMatch(e -> "fj.authority".equals(e.actorName()));
	}

	@Test
	void theVerificationPageShowsTheResult() throws Exception {
		mvc.perform(post("/audit/verify").with(user(Fixtures.user(users, "admin"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("哈希链完整")));
	}

	private long lastId() {
		return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
	}

	/** What an attacker with database access would do; the trigger has to be switched off first. */
	private void bypassingTheTrigger(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			jdbc.sql(sql).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
		});
	}
}
