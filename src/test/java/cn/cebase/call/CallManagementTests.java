package cn.cebase.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An authority opens, publishes and extends a call of its own jurisdiction; the deadline closes it. */
@CeBaseTest
class CallManagementTests {

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fujianOpensAndPublishesACallThatThePublicSees() throws Exception {
		Call call = calls.create(as("fj.authority"), "FJ", details("2026年福建省省级继续教育基地申报", in(Duration.ofDays(30))));
		assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
		assertThat(call.priorityHints()).isNotEmpty();

		mvc.perform(get("/public/calls/{id}", call.id())).andExpect(status().isNotFound());
		calls.publish(as("fj.authority"), call.id(), call.version());

		mvc.perform(get("/api/v1/public/calls"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id==" + call.id() + ")].status").value("PUBLISHED"));
		mvc.perform(get("/public/calls/{id}", call.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("2026年福建省省级继续教育基地申报")))
			.andExpect(content().string(Matchers.containsString("闽人社发〔2024〕5号")));
		assertThat(calls.acceptsSubmissionNow(call.id())).isTrue();
	}

	@Test
	void aWindowThatClosesBeforeItOpensAndAnUnofferedTrackAreRefused() {
		Instant opens = Instant.now().plus(Duration.ofDays(5));
		var bad = new CallDetails("标题", 2026, null, "正文", opens, opens.minusSeconds(1),
				List.of(TrackKind.RURAL_REVITALIZATION), List.of());
		assertThatThrownBy(() -> calls.create(as("fj.authority"), "FJ", bad))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details())
				.extracting(BusinessException::field, BusinessException::messageKey)
				.contains(tuple("closesAt", "call.closesBeforeOpens"), tuple("tracks", "policy.trackNotOffered")));
	}

	@Test
	void anAuthorityOpensCallsOnlyFromItsOwnJurisdictionsProfile() {
		assertThatThrownBy(() -> calls.create(as("fj.authority"), "SD", details("x", in(Duration.ofDays(3)))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("call.profileNotYours"));
		assertThatThrownBy(() -> calls.create(as("inst.fj"), "FJ", details("x", in(Duration.ofDays(3)))))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
		// MOHRSS opens the national call
		assertThat(calls.create(as("mohrss"), "NAT6", details("第七批国家级基地申报", in(Duration.ofDays(40)))).details().keyFields())
			.hasSize(14);
	}

	@Test
	void anotherProvinceNeitherSeesNorPublishesADraft() {
		Call draft = calls.create(as("fj.authority"), "FJ", details("福建草稿", in(Duration.ofDays(9))));
		assertThatThrownBy(() -> calls.get(as("jl.authority"), draft.id())).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> calls.publish(as("jl.authority"), draft.id(), null)).isInstanceOf(BusinessException.class);
		assertThat(calls.get(as("fj.authority"), draft.id()).status()).isEqualTo(CallStatus.DRAFT);
	}

	@Test
	void anExtensionNeedsAReasonAndIsKept() {
		Call call = calls.create(as("zb.authority"), "ZB", details("淄博市2026年市级基地申报", in(Duration.ofDays(10))));
		call = calls.publish(as("zb.authority"), call.id(), null);
		Instant later = call.details().closesAt().plus(Duration.ofDays(7));
		long id = call.id();
		assertThatThrownBy(() -> calls.extend(as("zb.authority"), id, later, " ", null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));

		calls.extend(as("zb.authority"), id, later, "部分区县推荐材料尚未报齐", null);

		assertThat(calls.get(as("zb.authority"), id).details().closesAt()).isEqualTo(later);
		assertThat(jdbc.sql("select reason from call_deadline_change where call_id = ?").param(id).query(String.class).single())
			.isEqualTo("部分区县推荐材料尚未报齐");
		assertThat(jdbc.sql("select count(*) from audit_event where target_type = 'call' and target_id = ? and action = 'call.extend'")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDeadlineClosesACallOneSecondLater() {
		Call call = calls.create(as("sd.authority"), "SD", details("山东省2026年省级基地申报", in(Duration.ofHours(2))));
		call = calls.publish(as("sd.authority"), call.id(), null);
		Instant deadline = call.details().closesAt();

		calls.closeDue(deadline);
		assertThat(calls.get(null, call.id()).status()).isEqualTo(CallStatus.PUBLISHED);
		calls.closeDue(deadline.plusSeconds(1));
		Call closed = calls.get(null, call.id());
		assertThat(closed.status()).isEqualTo(CallStatus.CLOSED);
		assertThat(closed.acceptsSubmissionAt(deadline.plusSeconds(1))).isFalse();
	}

	@Test
	void aClosedCallGoesToReviewAndThenConcludes() {
		Call call = calls.create(as("sd.authority"), "SD", details("山东省评审流转", in(Duration.ofHours(1))));
		call = calls.publish(as("sd.authority"), call.id(), null);
		long id = call.id();
		assertThatThrownBy(() -> calls.startReview(as("sd.authority"), id, null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("call.status.illegal"));
		calls.closeDue(call.details().closesAt().plusSeconds(1));
		assertThat(calls.startReview(as("sd.authority"), id, null).status()).isEqualTo(CallStatus.REVIEWING);
		assertThat(calls.conclude(as("sd.authority"), id, null).status()).isEqualTo(CallStatus.CONCLUDED);
	}

	@Test
	void theApiRefusesABadWindowBesideItsField() throws Exception {
		mvc.perform(post("/api/v1/calls").with(user(as("jl.authority"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"profileCode\":\"JL\",\"title\":\"吉林省2026年申报\",\"year\":2026,\"notice\":\"正文\","
					+ "\"opensAt\":\"2026-12-10T00:00:00Z\",\"closesAt\":\"2026-12-01T00:00:00Z\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closesAt"))
			.andExpect(jsonPath("$.errors[0].message").value("截止时间必须晚于开始时间。"));
		mvc.perform(post("/api/v1/calls").with(user(as("jl.authority"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"profileCode\":\"JL\",\"title\":\"吉林省2026年申报\",\"year\":2026,\"notice\":\"正文\","
					+ "\"opensAt\":\"2026-12-01T00:00:00Z\",\"closesAt\":\"2027-02-19T15:59:59Z\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.priorityHints[0]").value("2024年优先考虑长春市以外的市（州）"));
	}

	private CurrentUser as(String username) {
		return Fixtures.user(users, username);
	}

	private static Instant in(Duration duration) {
		return Instant.now().plus(duration);
	}

	private static CallDetails details(String title, Instant closesAt) {
		return new CallDetails(title, 2026, "第一批", "各有关单位：\n现将申报工作有关事项通知如下。", Instant.now().minusSeconds(60),
				closesAt, List.of(TrackKind.REGULAR), List.of());
	}
}
