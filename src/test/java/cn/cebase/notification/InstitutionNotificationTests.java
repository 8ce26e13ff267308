package cn.cebase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The next actor hears of a registration; the institution hears of the decision. */
@CeBaseTest
class InstitutionNotificationTests {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService users;

	@Test
	void theCityBureauHearsOfARegistrationAndTheInstitutionOfItsApproval() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);
		CurrentUser fuzhou = Fixtures.user(users, "fj.fuzhou");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(fuzhou, 50))
			.anySatisfy(n -> {
				assertThat(n.messageKey()).isEqualTo("notification.institution.registered");
				assertThat(n.args()).containsExactly(registration.name());
				assertThat(n.link()).isEqualTo("/institutions/" + institution.id());
			}));

		institutions.approve(fuzhou, institution.id(), null);
		CurrentUser own = Fixtures.user(users, registration.username());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(own, 10))
			.extracting(Notification::messageKey)
			.contains("notification.institution.active"));
		assertThat(notifications.unreadCount(own)).isPositive();
		notifications.markAllRead(own);
		assertThat(notifications.unreadCount(own)).isZero();
	}

	@Test
	void whenTheCityBureauHasNoAccountTheProvinceHears() {
		InstitutionRegistration registration = Fixtures.researchInstituteInChangchun();
		institutions.register(registration);
		CurrentUser jilin = Fixtures.user(users, "jl.authority");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(jilin, 50))
			.anySatisfy(n -> assertThat(n.args()).containsExactly(registration.name())));
	}
}
