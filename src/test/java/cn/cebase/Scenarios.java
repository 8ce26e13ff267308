package cn.cebase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationForm;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.MovableClock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Worlds that several tests start from, built through the same module APIs people use. */
@Component
public class Scenarios {

	private final CallManagement calls;

	private final InstitutionManagement institutions;

	private final UserDetailsService users;

	private final cn.cebase.organization.OrganizationManagement organizations;

	private final DeclarationManagement declarations;

	private final MovableClock clock;

	private final cn.cebase.identity.IdentityManagement identity;

	Scenarios(CallManagement calls, InstitutionManagement institutions, UserDetailsService users,
			cn.cebase.organization.OrganizationManagement organizations, DeclarationManagement declarations,
			MovableClock clock, cn.cebase.identity.IdentityManagement identity) {
		this.clock = clock;
		this.identity = identity;
		this.declarations = declarations;
		this.organizations = organizations;
		this.calls = calls;
		this.institutions = institutions;
		this.users = users;
	}

	/**
	 * A new expert's first sign-in: it replaces the temporary password, without which it can do
	 * nothing else. Answers the password it chose.
	 */
	public String expertChoosesAPassword(cn.cebase.evaluation.ExpertPool.Added added) {
		String chosen = "Expert2026" + added.expert().id();
		identity.changePassword(added.expert().userId(), added.temporaryPassword(), chosen);
		return chosen;
	}

	/** A published FJ call open for ten days, and a newly approved training school in Fuzhou that may apply to it. */
	public OpenCall fujianCallOpenToANewSchool(String title) {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		Call draft = calls.create(fujian, "FJ", new CallDetails(title, 2026, null, "各有关单位：现开展申报工作。",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()));
		Call call = calls.publish(fujian, draft.id(), null);
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		institutions.approve(fujian, institution.id(), null);
		return new OpenCall(call, Fixtures.user(users, registration.username()), registration);
	}

	/** A published JL call open for ten days, and a newly approved institution in {@code regionCode} of Jilin. */
	public OpenCall jilinCallOpenToANewSchoolIn(String title, String regionCode) {
		CurrentUser jilin = Fixtures.user(users, "jl.authority");
		Call draft = calls.create(jilin, "JL", new CallDetails(title, 2026, null, "各市（州）人社局：现开展申报工作。",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()));
		Call call = calls.publish(jilin, draft.id(), null);
		InstitutionRegistration registration = Fixtures.registration("吉林继续教育学院" + System.nanoTime() % 100000, regionCode);
		Institution institution = institutions.register(registration);
		institutions.approve(jilin, institution.id(), null);
		return new OpenCall(call, Fixtures.user(users, registration.username()), registration);
	}

	/** Another approved school in Fuzhou, for the same call. */
	public CurrentUser anotherSchoolInFuzhou() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		institutions.approve(Fixtures.user(users, "fj.authority"), institution.id(), null);
		return Fixtures.user(users, registration.username());
	}

	/** A form that every seed's conditions accept: all sections, 1,200 trainees a year, the five platform functions. */
	public static DeclarationForm completeForm() {
		return new DeclarationForm("事业单位", false, null, "本单位概况：教室12间，远程教育平台一套。", "专兼职教师86人。",
				"近三年培养重点领域专业技术人员4200人次。", "培训管理、学籍管理、财务管理制度健全。", "成立基地建设领导小组。",
				"每年培训不少于1500人次，专项经费200万元。", "智能制造、卫生健康。", null, true, 300, 8,
				List.of(1200, 1300, 1400), true, List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理"));
	}

	/** The school applies to the call through {@code channelId} (null: none) and submits. */
	public Declaration submitted(CurrentUser school, long callId, Long channelId) {
		Declaration draft = declarations.startDraft(school, callId, TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), completeForm(), channelId, null);
		return declarations.submit(school, draft.id(), null);
	}

	/** The id of a demo organisation by its code. */
	public long organization(String code) {
		return organizations.findByCode(code).orElseThrow().id();
	}

	/**
	 * The call's deadline passes: the clock moves to a second after it (the movable clock goes back after
	 * the test) and the deadline job closes it, as it would on the day.
	 */
	public void closeNow(long callId) {
		Instant closesAt = calls.get(null, callId).details().closesAt();
		if (!clock.instant().isAfter(closesAt)) {
			clock.advance(Duration.between(clock.instant(), closesAt).plusSeconds(1));
		}
		calls.closeDue(clock.instant());
	}

	public record OpenCall(Call call, CurrentUser school, InstitutionRegistration registration) {
	}
}
