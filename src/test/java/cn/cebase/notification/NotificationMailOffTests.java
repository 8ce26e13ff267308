package cn.cebase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Without {@code spring.mail.host} there is nothing to send mail with, and messages are stored as ever. */
@CeBaseTest
class NotificationMailOffTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService users;

	@Test
	void withoutAMailHostNoMailIsAttemptedAndTheMessageIsStored() {
		assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		assertThat(context.getBeanNamesForType(NotificationMail.class)).isEmpty();

		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		CurrentUser school = Fixtures.user(users, registration.username());
		assertThat(registration.contactEmail()).as("the recipient has an address").isNotBlank();
		notifications.send(school.id(), "notification.institution.active", "/institutions", registration.name());

		assertThat(notifications.recent(school, 10)).extracting(Notification::messageKey)
			.containsExactly("notification.institution.active");
	}
}
