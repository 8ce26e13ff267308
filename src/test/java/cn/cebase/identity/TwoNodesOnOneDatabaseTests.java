package cn.cebase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.cebase.CeBaseApplication;
import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, as behind a load balancer: node A is the test run's application, node
 * B a second one started here on A's PostgreSQL. Over real HTTP with a browser's cookies: a session begun on
 * one node goes on on the other, and disabling a user, an administrator's reset or the user's own change of
 * password ends the user's sessions on both at once.
 */
@CeBaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnOneDatabaseTests {

	@LocalServerPort
	int nodeA;

	int nodeB;

	private ConfigurableApplicationContext second;

	@Autowired
	DataSource dataSource;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	IdentityManagement identity;

	@BeforeAll
	void startTheSecondNode() {
		HikariDataSource database = (HikariDataSource) dataSource;
		// as arguments, which outrank application.yml (default properties would not)
		second = new SpringApplicationBuilder(CeBaseApplication.class).profiles("test")
			.run("--server.port=0", "--cebase.db.url=" + database.getJdbcUrl(),
					"--cebase.db.user=" + database.getUsername(),
					"--cebase.db.password=" + (database.getPassword() == null ? "" : database.getPassword()),
					// the demo world is node A's; a second node in production has none either
					"--cebase.demo.enabled=false");
		nodeB = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	void stopTheSecondNode() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aUserSignedInOnOneNodeContinuesOnTheOther() throws Exception {
		String username = newInstitutionUser();
		Visitor visitor = Visitor.signedIn(nodeA, username, Fixtures.PASSWORD);

		HttpResponse<String> page = visitor.get(nodeB, "/account/password");
		assertThat(page.statusCode()).as("node B knows node A's session").isEqualTo(200);
		assertThat(page.body()).contains(identity.findByUsername(username).orElseThrow().displayName());
		// and takes a form that node A's page carried: the CSRF token lives in the shared session too
		String token = visitor.csrfToken(visitor.get(nodeA, "/account/password"));
		HttpResponse<String> wrongPassword = visitor.post(nodeB, "/account/password",
				Map.of("_csrf", token, "currentPassword", "Nope12345", "newPassword", "Brand2New2026",
						"confirmPassword", "Brand2New2026"));
		assertThat(wrongPassword.statusCode()).isEqualTo(200);
		assertThat(wrongPassword.body()).contains("当前密码不正确。");
	}

	@Test
	void aUserDisabledOnOneNodeIsSignedOutOnTheOther() throws Exception {
		String username = newInstitutionUser();
		long id = identity.findByUsername(username).orElseThrow().id();
		Visitor user = Visitor.signedIn(nodeA, username, Fixtures.PASSWORD);
		assertThat(user.get(nodeB, "/home").statusCode()).isEqualTo(200);

		Visitor admin = Visitor.signedIn(nodeA, "admin", Fixtures.PASSWORD);
		HttpResponse<String> disabled = admin.submit(nodeA, "/admin/users", "/admin/users/" + id + "/disable", "reason", "离职");
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(disabled.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");

		assertSignedOut(user, nodeB);
		assertSignedOut(user, nodeA);
		// the administrator's own session goes on, on either node
		assertThat(admin.get(nodeB, "/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorsResetSignsTheUserOutEverywhere() throws Exception {
		String username = newInstitutionUser();
		long id = identity.findByUsername(username).orElseThrow().id();
		Visitor onA = Visitor.signedIn(nodeA, username, Fixtures.PASSWORD);
		Visitor onB = Visitor.signedIn(nodeB, username, Fixtures.PASSWORD);

		Visitor admin = Visitor.signedIn(nodeB, "admin", Fixtures.PASSWORD);
		HttpResponse<String> reset = admin.submit(nodeB, "/admin/users", "/admin/users/" + id + "/reset", "password", "Temporary99");
		assertThat(reset.statusCode()).isEqualTo(302);

		assertSignedOut(onA, nodeA);
		assertSignedOut(onB, nodeA);
	}

	@Test
	void changingOnesPasswordEndsOnesOtherSessions() throws Exception {
		String username = newInstitutionUser();
		Visitor office = Visitor.signedIn(nodeA, username, Fixtures.PASSWORD);
		Visitor home = Visitor.signedIn(nodeB, username, Fixtures.PASSWORD);

		HttpResponse<String> changed = office.submit(nodeA, "/account/password", "/account/password", "currentPassword",
				Fixtures.PASSWORD, "newPassword", "Brand2New2026", "confirmPassword", "Brand2New2026");
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		assertSignedOut(home, nodeB);
		assertSignedOut(office, nodeB);
		// the new password opens a new session
		Visitor.signedIn(nodeB, username, "Brand2New2026");
	}

	private static void assertSignedOut(Visitor visitor, int node) throws Exception {
		HttpResponse<String> page = visitor.get(node, "/home");
		assertThat(page.statusCode()).as("a page on port %d", node).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private String newInstitutionUser() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		return registration.username();
	}

	/**
	 * One browser: its own cookies, which go to both nodes as to one site (cookies do not tell ports apart), pages
	 * asked for as HTML, and no redirects followed.
	 */
	private static final class Visitor {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		static Visitor signedIn(int node, String username, String password) throws Exception {
			Visitor visitor = new Visitor();
			HttpResponse<String> response = visitor.submit(node, "/login", "/login", "username", username, "password",
					password);
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as("signed in as %s", username)
				.doesNotContain("error");
			return visitor;
		}

		/** Opens the page with the form, then posts the fields to the form's action with the page's CSRF token. */
		HttpResponse<String> submit(int node, String page, String action, String... fields) throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("_csrf", csrfToken(get(node, page)));
			for (int i = 0; i < fields.length; i += 2) {
				form.put(fields[i], fields[i + 1]);
			}
			return post(node, action, form);
		}

		HttpResponse<String> get(int node, String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(int node, String path, Map<String, String> form) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(uri(node, path))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrfToken(HttpResponse<String> page) {
			assertThat(page.statusCode()).as("the page with a form").isEqualTo(200);
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
			return matcher.group(1);
		}

		private static URI uri(int node, String path) {
			return URI.create("http://127.0.0.1:" + node + path);
		}
	}
}
