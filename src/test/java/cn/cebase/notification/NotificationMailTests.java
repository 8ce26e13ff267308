package cn.cebase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.institution.InstitutionStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an SMTP server configured, the in-app message also goes out by mail to recipients with an
 * address, in Chinese, with a link a mail reader can follow; a dead server costs the mail, never
 * the business action. The only test class with its own context: the others run without mail.
 */
@CeBaseTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationMailTests {

	private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(SMTP);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
		registry.add("cebase.mail.base-url", () -> "https://cebase.example.cn/");
	}

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService users;

	@Autowired
	JavaMailSenderImpl sender;

	@Test
	void theCityBureauIsMailedARegistrationInChineseWithALinkToIt() throws Exception {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);

		MimeMessage mail = awaitMailAbout(registration.name());
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("fj_fuzhou@demo.cebase.cn");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("noreply@cebase.local");
		assertThat(mail.getHeader("Subject")[0]).as("the raw header is encoded").startsWith("=?UTF-8?");
		assertThat(mail.getSubject()).isEqualTo("【继续教育基地管理平台】“" + registration.name() + "”提交了机构注册，等待审核。");
		assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat((String) mail.getContent())
			.startsWith("“" + registration.name() + "”提交了机构注册，等待审核。")
			.contains("查看详情：https://cebase.example.cn/institutions/" + institution.id())
			.contains("此邮件由专业技术人员继续教育基地管理平台自动发送");
	}

	@Test
	void aUserWithoutAnAddressGetsTheMessageButNoMail() throws Exception {
		InstitutionRegistration withoutEmail = withoutEmail(Fixtures.trainingSchoolInFuzhou());
		Institution institution = institutions.register(withoutEmail);
		institutions.approve(Fixtures.user(users, "fj.fuzhou"), institution.id(), null);
		CurrentUser school = Fixtures.user(users, withoutEmail.username());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(school, 10))
			.extracting(Notification::messageKey)
			.contains("notification.institution.active"));

		// mail goes out in order of commit; once a later one has arrived, the approval's would have too
		InstitutionRegistration later = Fixtures.trainingSchoolInFuzhou();
		institutions.register(later);
		awaitMailAbout(later.name());
		assertThat(subjects()).noneMatch(subject -> subject.contains("已审核通过"));
	}

	@Test
	void withTheMailServerDownTheApprovalStillSucceedsAndTheMessageIsKept(CapturedOutput output) {
		mailServer.stop();
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		Institution institution = institutions.register(registration);

		Institution approved = institutions.approve(Fixtures.user(users, "fj.fuzhou"), institution.id(), null);

		assertThat(approved.status()).isEqualTo(InstitutionStatus.ACTIVE);
		CurrentUser school = Fixtures.user(users, registration.username());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(school, 10))
			.extracting(Notification::messageKey)
			.contains("notification.institution.active"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(output.getOut())
			.contains("Could not mail notification notification.institution.active to user " + school.id()));
		assertThat(output.getOut()).doesNotContain(registration.contactEmail());
	}

	@Test
	void aHangingMailServerIsGivenUpOnWithinSeconds() {
		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "5000")
			.containsEntry("mail.smtp.timeout", "5000")
			.containsEntry("mail.smtp.writetimeout", "5000");
	}

	private static MimeMessage awaitMailAbout(String name) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> Arrays.stream(mailServer.getReceivedMessages())
				.filter(mail -> subject(mail).contains(name))
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	private static List<String> subjects() {
		return Arrays.stream(mailServer.getReceivedMessages()).map(NotificationMailTests::subject).toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InstitutionRegistration withoutEmail(InstitutionRegistration r) {
		return new InstitutionRegistration(r.creditCode(), r.name(), r.type(), r.regionCode(), r.address(),
				r.legalRepresentative(), r.contactName(), r.contactPhone(), null, r.username(), r.password(),
				r.displayName());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
