package cn.cebase.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.call.SelfCheckInput;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.policy.Outcome;
import cn.cebase.policy.RuleResult;
import cn.cebase.policy.TrackKind;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 不得多头申报 (SD 四(三)): once an application is submitted, the self-check says a second one is not allowed. */
@CeBaseTest
class MultipleApplicationSelfCheckTests {

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	UserDetailsService users;

	@Autowired
	Scenarios scenarios;

	@Test
	void aSubmittedApplicationMakesTheSelfCheckFailOnOneApplicationPerCall() {
		CurrentUser shandong = Fixtures.user(users, "sd.authority");
		Call call = calls.publish(shandong, calls.create(shandong, "SD", new CallDetails("山东多头申报", 2026, null, "通知",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(5)), List.of(TrackKind.REGULAR), List.of()))
			.id(), null);
		InstitutionRegistration r = Fixtures.registration("济南继续教育学院" + System.nanoTime() % 100000, "370102");
		institutions.approve(shandong, institutions.register(r).id(), null);
		CurrentUser school = Fixtures.user(users, r.username());
		SelfCheckInput input = new SelfCheckInput(TrackKind.REGULAR, true, 300, 8, List.of(2100, 2200, 2300), true,
				Set.of(), null);

		assertThat(rule(calls.selfCheck(school, call.id(), input).results())).isEqualTo(Outcome.PASS);
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		DeclarationForm f = Scenarios.completeForm();
		declarations.saveDraft(school, draft.id(), new DeclarationForm(f.unitNature(), false, null, f.overview(), f.teachers(),
				f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(), f.performanceTargetsAndFunding(),
				f.mainFieldsAndFeatures(), null, true, 300, 8, List.of(2100, 2200, 2300), true, List.of()),
				scenarios.organization("hrss-370100"), null);
		// a draft is not yet an application
		assertThat(rule(calls.selfCheck(school, call.id(), input).results())).isEqualTo(Outcome.PASS);
		declarations.submit(school, draft.id(), null);
		assertThat(rule(calls.selfCheck(school, call.id(), input).results())).isEqualTo(Outcome.FAIL);
	}

	static Outcome rule(List<RuleResult> results) {
		return results.stream().filter(r -> r.rule().equals("ONE_APPLICATION_PER_CALL")).findFirst().orElseThrow().outcome();
	}
}
