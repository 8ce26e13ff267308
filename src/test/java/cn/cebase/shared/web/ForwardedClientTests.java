package cn.cebase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose address the audit trail records: the client's that the configured proxy forwards (the test run trusts
 * 127.0.0.1, application-test.yml), and from any other peer the peer's own, whatever X-Forwarded-For says, so
 * that a client on the intranet cannot put someone else's address into the record of what it did.
 */
@CeBaseTest
class ForwardedClientTests {

	@LocalServerPort
	int port;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void behindTheTrustedProxyTheForwardedClientIsRecorded() throws Exception {
		long id = newUser();
		assertThat(disableByApi("127.0.0.1", id, "198.51.100.7").statusCode()).isEqualTo(200);
		assertThat(recordedAddress(id)).isEqualTo("198.51.100.7");
	}

	@Test
	void fromAnyOtherPeerTheHeaderIsIgnored() throws Exception {
		long id = newUser();
		assertThat(disableByApi("[::1]", id, "198.51.100.8").statusCode()).isEqualTo(200);
		assertThat(recordedAddress(id)).isEqualTo("0:0:0:0:0:0:0:1");
	}

	@Test
	void theProxiesAreAddressesInTomcatsForm() {
		TrustedProxies proxies = new TrustedProxies(new String[] { " 10.0.0.5", "::1 ", "" });
		Pattern pattern = Pattern.compile(proxies.pattern());
		assertThat(pattern.matcher("10.0.0.5").matches()).isTrue();
		assertThat(pattern.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		// a literal, not a pattern: the dots are dots, and the whole address must match
		assertThat(pattern.matcher("10.0.0.50").matches()).isFalse();
		assertThat(pattern.matcher("10a0b0c5").matches()).isFalse();
		assertThat(new TrustedProxies(new String[0]).pattern()).as("none by default").isNull();
		assertThatThrownBy(() -> new TrustedProxies(new String[] { "proxy.example.cn" }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("proxy.example.cn");
	}

	private HttpResponse<String> disableByApi(String host, long id, String forwardedFor) throws Exception {
		String basic = Base64.getEncoder().encodeToString(("admin:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/users/" + id + "/disable"))
			.header("Authorization", "Basic " + basic)
			.header("X-Forwarded-For", forwardedFor)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"测试\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String recordedAddress(long userId) {
		return jdbc.sql("select remote_addr from audit_event where action = 'user.disable' and target_id = ?")
			.param(String.valueOf(userId))
			.query(String.class)
			.single();
	}

	private long newUser() {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		return identity.findByUsername(registration.username()).orElseThrow().id();
	}
}
