package cn.cebase.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 申报: drafts, submission inside the window, one per call, eligibility re-run, versions, withdrawal. */
@CeBaseTest
class DeclarationSubmissionTests {

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Call call;

	CurrentUser school;

	@Autowired
	cn.cebase.Scenarios scenarios;

	/** 福州市人社局, the recommender a Fuzhou school applies through. */
	Long fuzhou;

	@BeforeEach
	void aFujianCallAndAnActiveSchool() {
		var open = scenarios.fujianCallOpenToANewSchool("福建申报测试");
		call = open.call();
		school = open.school();
		fuzhou = scenarios.organization("hrss-350100");
	}

	@Test
	void aCompleteEligibleApplicationIsSubmittedAndKeptAsAVersion() {
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), complete(1200), fuzhou, null);
		Declaration submitted = declarations.submit(school, draft.id(), null);
		assertThat(submitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThat(declarations.versions(school, draft.id())).singleElement()
			.satisfies(v -> assertThat(v.form().overview()).isEqualTo("概况"));
	}

	@Test
	void aMissingSectionIsNamedAndNothingIsSubmitted() {
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		DeclarationForm f = complete(1200);
		declarations.saveDraft(school, draft.id(), new DeclarationForm(f.unitNature(), null, null, f.overview(), " ",
				f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(), f.performanceTargetsAndFunding(),
				f.mainFieldsAndFeatures(), null, true, 120, 6, List.of(1200), true, List.of()), fuzhou, null);
		assertThatThrownBy(() -> declarations.submit(school, draft.id(), null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field).containsExactly("teachers"));
		assertThat(declarations.get(school, draft.id()).status()).isEqualTo(DeclarationStatus.DRAFT);
	}

	@Test
	void aFailingConditionBlocksTheSubmissionWithItsMessage() {
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), complete(999), fuzhou, null);
		assertThatThrownBy(() -> declarations.submit(school, draft.id(), null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field, BusinessException::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("eligibility.MINIMUM_ANNUAL_TRAINEES", "eligibility.trainees.fail")));
	}

	@Test
	void oneLiveApplicationPerCallEvenUnderConcurrency() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			attempts.add(() -> {
				try {
					declarations.startDraft(school, call.id(), TrackKind.REGULAR);
					return true;
				}
				catch (BusinessException ex) {
					return false;
				}
			});
		}
		int started = 0;
		for (var result : pool.invokeAll(attempts)) {
			started += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(started).isEqualTo(1);
		// after withdrawing, the institution may start again
		Declaration live = declarations.mine(school).get(0);
		declarations.withdraw(school, live.id(), "材料需要重新准备");
		assertThat(declarations.startDraft(school, call.id(), TrackKind.REGULAR).status()).isEqualTo(DeclarationStatus.DRAFT);
	}

	@Test
	void afterTheDeadlineNothingIsSubmitted() {
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), complete(1200), fuzhou, null);
		calls.closeDue(call.details().closesAt().plusSeconds(1));
		assertThatThrownBy(() -> declarations.submit(school, draft.id(), null)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("declaration.windowClosed"));
	}

	@Test
	void aPendingInstitutionOrAnotherInstitutionCannotTouchIt() {
		InstitutionRegistration pending = Fixtures.trainingSchoolInFuzhou();
		institutions.register(pending);
		assertThatThrownBy(() -> declarations.startDraft(Fixtures.user(users, pending.username()), call.id(), TrackKind.REGULAR))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("declaration.institutionNotActive"));
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		assertThatThrownBy(() -> declarations.saveDraft(Fixtures.user(users, "inst.fj"), draft.id(), complete(1), null))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> declarations.get(Fixtures.user(users, "jl.authority"), draft.id()))
			.isInstanceOf(BusinessException.class);
		assertThat(declarations.get(Fixtures.user(users, "fj.authority"), draft.id()).id()).isEqualTo(draft.id());
	}

	@Test
	void autosavesRacingASubmissionNeverFailIt() throws Exception {
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), complete(1200), fuzhou, null);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Object>> work = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			work.add(() -> {
				try {
					return declarations.saveDraft(school, draft.id(), complete(1200), null);
				}
				catch (BusinessException ex) {
					// once submitted, a late autosave is told the form is no longer editable
					return ex.messageKey();
				}
			});
		}
		work.add(() -> declarations.submit(school, draft.id(), null));
		for (var result : pool.invokeAll(work)) {
			result.get();
		}
		pool.shutdown();
		assertThat(declarations.get(school, draft.id()).status()).isEqualTo(DeclarationStatus.SUBMITTED);
	}

	@Test
	void aStaleSaveIsRefused() {
		Declaration draft = declarations.startDraft(school, call.id(), TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), complete(1000), draft.version());
		assertThatThrownBy(() -> declarations.saveDraft(school, draft.id(), complete(1100), draft.version()))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	static DeclarationForm complete(int traineesLastYear) {
		return new DeclarationForm("事业单位", false, null, "概况", "师资", "重点领域培养情况", "管理制度", "组织保障机制",
				"绩效目标及经费计划", "主要培训领域和特色", null, true, 120, 6, List.of(1100, 1150, traineesLastYear), true,
				List.of("网上报名", "网络学习"));
	}
}
