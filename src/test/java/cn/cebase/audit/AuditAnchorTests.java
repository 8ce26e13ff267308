package cn.cebase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting the newest rows leaves a shorter chain that is still valid; the newest hash anchored
 * outside the table, and published, shows that rows are missing.
 */
@CeBaseTest
class AuditAnchorTests {

	@Autowired
	AuditAnchors anchors;

	@Autowired
	AuditTrail trail;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void theNewestHashIsAnchoredAndPublished() throws Exception {
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		AuditAnchors.Anchor anchor = anchors.record().orElseThrow();
		assertThat(anchor.id()).isEqualTo(newestId());
		assertThat(anchor.hash()).isEqualTo(jdbc.sql("select hash from audit_event where id = ?").param(anchor.id())
			.query(String.class).single());
		// once is enough until the trail grows
		anchors.record();
		assertThat(anchors.all()).filteredOn(a -> a.id() == anchor.id()).hasSize(1);
		mvc.perform(get("/public/audit-anchors"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(Matchers.containsString(anchor.line())))
			.andExpect(content().string(Matchers.startsWith("# 审计哈希链每日锚点")));
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	@Test
	void deletingTheNewestRowsIsFoundThroughTheAnchor() {
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		institutions.register(Fixtures.trainingSchoolInFuzhou());
		long secondNewest = newestId() - 1;
		AuditAnchors.Anchor anchor = anchors.record().orElseThrow();
		// what an attacker with database access would do; rolled back, so that the trail stays whole for other tests
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			jdbc.sql("delete from audit_event where id >= ?").param(secondNewest).update();
			ChainVerification verification = trail.verifyChain();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.problem()).isEqualTo("audit.verify.anchorMissing");
			assertThat(verification.firstBrokenId()).isEqualTo(anchor.id());
			status.setRollbackOnly();
		});
		assertThat(trail.verifyChain().intact()).isTrue();
	}

	private long newestId() {
		return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
	}
}
