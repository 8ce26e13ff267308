package cn.cebase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.policy.TrackKind;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Worlds that several tests start from, built through the same module APIs people use. */
@Component
public class Scenarios {

	private final CallManagement calls;

	private final InstitutionManagement institutions;

	private final UserDetailsService users;

	Scenarios(CallManagement calls, InstitutionManagement institutions, UserDetailsService users) {
		this.calls = calls;
		this.institutions = institutions;
		this.users = users;
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

	public record OpenCall(Call call, CurrentUser school, InstitutionRegistration registration) {
	}
}
