package cn.cebase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.cebase.CeBaseTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.MessageSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The limits on the public plaque check and the public objections: per client address, the page and the API
 * counted together; over the limit a page says so in words with a way back, an API answers a problem detail,
 * both 429 with Retry-After; another address goes on as before. Each test comes from addresses of its own, as
 * the rest of the run comes from 127.0.0.1 (whose limits application-test.yml raises).
 */
@CeBaseTest
class RateLimitTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	RateLimitProperties properties;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCheckOfPlaquesIsRefusedToOneAddressOverItsLimitAndNotToAnother() throws Exception {
		String crowded = newAddress();
		String other = newAddress();
		int limit = properties.rateLimits().get("verify").requests();
		// the form, the check by number, the QR code's page and the API draw on one allowance
		for (int i = 0; i < limit; i++) {
			String url = switch (i % 4) {
				case 0 -> "/public/verify";
				case 1 -> "/public/verify?number=闽继基〔2026〕999号";
				case 2 -> "/public/verify/ABCDEFGHJKLM";
				default -> "/api/v1/public/verify?code=ABCDEFGHJKLM";
			};
			mvc.perform(from(get(url), crowded)).andExpect(status().isOk());
		}

		String page = mvc.perform(from(get("/public/verify?number=闽继基〔2026〕001号"), crowded))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9]\\d*")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("429", "请求过于频繁", "核验过于频繁，请", "秒后再试", "每 1 分钟最多核验 " + limit + " 次",
				"id=\"go-back\"");
		assertThat(retryAfter(crowded, "/public/verify/ABCDEFGHJKLM")).isBetween(1L, 60L);

		mvc.perform(from(get("/api/v1/public/verify?number=闽继基〔2026〕001号"), crowded))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("请求过于频繁"))
			.andExpect(jsonPath("$.code").value("error.rateLimit.verify"))
			.andExpect(jsonPath("$.retryAfterSeconds").isNumber())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("核验过于频繁")))
			.andExpect(jsonPath("$.reason").value(Matchers.containsString("最多核验 " + limit + " 次")));
		// in the language asked for
		mvc.perform(from(get("/api/v1/public/verify?code=ABCDEFGHJKLM&lang=en"), crowded))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.title").value("Too many requests"))
			.andExpect(jsonPath("$.detail").value(Matchers.startsWith("Too many checks. Please try again in ")))
			.andExpect(jsonPath("$.reason").value(Matchers.containsString("every 1 min")));

		// someone else, at the same moment
		mvc.perform(from(get("/public/verify?number=闽继基〔2026〕001号"), other)).andExpect(status().isOk());
		mvc.perform(from(get("/api/v1/public/verify?number=闽继基〔2026〕001号"), other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").isBoolean());
		// and the rest of the registry stays open to the crowded address
		mvc.perform(from(get("/public/bases"), crowded)).andExpect(status().isOk());
	}

	/**
	 * Through the real server, as behind the reverse proxy: the proxy (here 127.0.0.1, configured as trusted in
	 * application-test.yml) forwards for many clients, and each is counted for itself, not the proxy for all of
	 * them.
	 */
	@Test
	void behindTheProxyEachForwardedClientHasItsOwnAllowance() throws Exception {
		String crowded = newAddress();
		String other = newAddress();
		int limit = properties.rateLimits().get("verify").requests();
		for (int i = 0; i < limit; i++) {
			assertThat(verifyForwardedFor(crowded).statusCode()).as("request %d of %s", i + 1, crowded).isEqualTo(200);
		}
		HttpResponse<String> refused = verifyForwardedFor(crowded);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(verifyForwardedFor(other).statusCode()).as("another client behind the same proxy").isEqualTo(200);
	}

	/**
	 * From a peer that is not a configured proxy (here 127.0.0.2; the run trusts 127.0.0.1 only) X-Forwarded-For
	 * is ignored: a client that makes up a new address for each request is still counted as itself. The requests
	 * leave from 127.0.0.2, a loopback address nothing else uses: the browser journeys reach the server as
	 * localhost (127.0.0.1 or ::1), and the counter, shared by the whole run, would refuse them for the rest of
	 * the minute.
	 */
	@Test
	void fromAPeerThatIsNoTrustedProxyTheForwardedAddressIsIgnored() throws Exception {
		int limit = properties.rateLimits().get("verify").requests();
		for (int i = 0; i < limit; i++) {
			assertThat(verifyFromUntrustedPeer(newAddress())).as("request %d", i + 1).isEqualTo(200);
		}
		assertThat(verifyFromUntrustedPeer(newAddress())).isEqualTo(429);
	}

	/** Two nodes on one database count against one allowance, even when they count at the same moment. */
	@Test
	void nodesShareOneAllowance() throws Exception {
		RateLimiter nodeA = new RateLimiter(jdbc);
		RateLimiter nodeB = new RateLimiter(jdbc);
		RateLimitProperties.Limit tenPerMinute = new RateLimitProperties.Limit(10, Duration.ofMinutes(1));
		String client = newAddress();
		for (int i = 0; i < 10; i++) {
			assertThat((i % 2 == 0 ? nodeA : nodeB).acquire("verify", client, tenPerMinute).admitted()).isTrue();
		}
		assertThat(nodeA.acquire("verify", client, tenPerMinute).admitted()).isFalse();
		assertThat(nodeB.acquire("verify", client, tenPerMinute).admitted()).isFalse();

		String crowd = newAddress();
		AtomicInteger admitted = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> requests = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				RateLimiter node = i % 2 == 0 ? nodeA : nodeB;
				requests.add(threads.submit(() -> {
					if (node.acquire("verify", crowd, tenPerMinute).admitted()) {
						admitted.incrementAndGet();
					}
				}));
			}
			for (Future<?> request : requests) {
				request.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(admitted).hasValue(10);
	}

	/** A plain HTTP/1.1 request whose connection leaves from 127.0.0.2, with a made-up X-Forwarded-For; its status. */
	private int verifyFromUntrustedPeer(String client) throws Exception {
		try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port,
				java.net.InetAddress.getByName("127.0.0.2"), 0)) {
			socket.setSoTimeout(10_000);
			String request = "GET /api/v1/public/verify?code=ABCDEFGHJKLM HTTP/1.1\r\nHost: localhost\r\n"
					+ "X-Forwarded-For: " + client + "\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
					java.nio.charset.StandardCharsets.US_ASCII)).readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	private HttpResponse<String> verifyForwardedFor(String client) throws Exception {
		return verifyForwardedFor("127.0.0.1", client);
	}

	private HttpResponse<String> verifyForwardedFor(String peer, String client) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + peer + ":" + port + "/api/v1/public/verify?code=ABCDEFGHJKLM"))
			.header("X-Forwarded-For", client)
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void objectionsAreRefusedToOneAddressOverItsLimitAndNotToAnother() throws Exception {
		String crowded = newAddress();
		String other = newAddress();
		int limit = properties.rateLimits().get("objection").requests();
		// counted before anything else: even objections to a call that does not exist use the allowance up
		for (int i = 0; i < limit; i++) {
			if (i % 2 == 0) {
				mvc.perform(from(post("/public/calls/-1/objections").with(csrf()).param("text", "异议"), crowded))
					.andExpect(status().isNotFound());
			}
			else {
				mvc.perform(from(objectionByApi(-1), crowded)).andExpect(status().isNotFound());
			}
		}

		String page = mvc
			.perform(from(post("/public/calls/-1/objections").with(csrf()).param("text", "异议"), crowded))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("异议提交过于频繁", "最多提交 " + limit + " 份异议", "分钟后再试", "id=\"go-back\"");
		mvc.perform(from(objectionByApi(-1), crowded))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("error.rateLimit.objection"));
		long wait = retryAfter(crowded, "/api/v1/public/calls/-1/objections");
		assertThat(wait).isBetween(60L, properties.rateLimits().get("objection").window().toSeconds());

		mvc.perform(from(post("/public/calls/-1/objections").with(csrf()).param("text", "异议"), other))
			.andExpect(status().isNotFound());
		mvc.perform(from(objectionByApi(-1), other)).andExpect(status().isNotFound());
		// reading the 公示 is not limited
		mvc.perform(from(get("/api/v1/public/calls/-1/publicity"), crowded)).andExpect(status().isNotFound());
	}

	/** Whether a credit code or a username is taken is not to be asked in bulk. */
	@Test
	void registrationsFieldChecksAreRefusedToOneAddressOverItsLimit() throws Exception {
		String crowded = newAddress();
		int limit = properties.rateLimits().get("registration").requests();
		for (int i = 0; i < limit; i++) {
			mvc.perform(from(post("/register/check/creditCode").with(csrf()).header("HX-Request", "true")
				.param("creditCode", "91350100M000100Y43"), crowded)).andExpect(status().isOk());
		}
		String page = mvc
			.perform(from(post("/register/check/username").with(csrf()).header("HX-Request", "true")
				.param("username", "someone"), crowded))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("检查过于频繁", "最多检查 " + limit + " 次");
		mvc.perform(from(post("/register/check/creditCode").with(csrf()).header("HX-Request", "true")
			.param("creditCode", "91350100M000100Y43"), newAddress())).andExpect(status().isOk());
	}

	@Test
	void everyLimitHasItsMessageInBothLanguages() {
		assertThat(properties.rateLimits()).containsKeys("verify", "objection");
		for (String name : properties.rateLimits().keySet()) {
			for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
				Object[] args = { 3, "1 分钟", "20 秒" };
				assertThat(messages.getMessage("error.rateLimit." + name, args, locale)).contains("20 秒");
				assertThat(messages.getMessage("error.rateLimit." + name + ".why", args, locale)).contains("3", "1 分钟");
			}
		}
	}

	@Test
	void aWindowAdmitsItsRequestsThenRefusesUntilItEnds() {
		AtomicLong now = new AtomicLong(1_000);
		RateLimiter limiter = new RateLimiter(jdbc, movable(now));
		RateLimitProperties.Limit threePerMinute = new RateLimitProperties.Limit(3, Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.acquire("verify", "10.0.0.1", threePerMinute).admitted()).isTrue();
			now.addAndGet(TimeUnit.SECONDS.toNanos(10));
		}
		RateLimiter.Decision refused = limiter.acquire("verify", "10.0.0.1", threePerMinute);
		assertThat(refused.admitted()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(30);
		// another address, another limit
		assertThat(limiter.acquire("verify", "10.0.0.2", threePerMinute).admitted()).isTrue();
		assertThat(limiter.acquire("objection", "10.0.0.1", threePerMinute).admitted()).isTrue();
		// refused requests count too, and a little before the end is still the window
		now.addAndGet(TimeUnit.SECONDS.toNanos(29));
		assertThat(limiter.acquire("verify", "10.0.0.1", threePerMinute).retryAfterSeconds()).isEqualTo(1);
		now.addAndGet(TimeUnit.SECONDS.toNanos(1));
		assertThat(limiter.acquire("verify", "10.0.0.1", threePerMinute).admitted()).isTrue();
	}

	@Test
	void endedWindowsAreSweptOut() {
		AtomicLong now = new AtomicLong(-5_000);
		RateLimiter limiter = new RateLimiter(jdbc, movable(now));
		RateLimitProperties.Limit limit = new RateLimitProperties.Limit(5, Duration.ofSeconds(30));
		// a name of its own: the table also holds the windows of the rest of the run
		String verify = "sweep-" + UUID.randomUUID();
		for (int i = 0; i < 100; i++) {
			limiter.acquire(verify, "10.1.0." + i, limit);
		}
		assertThat(limiter.clients(verify)).isEqualTo(100);
		now.addAndGet(TimeUnit.SECONDS.toNanos(61));
		limiter.acquire(verify, "10.2.0.1", limit);
		assertThat(limiter.clients(verify)).isEqualTo(1);
	}

	@Test
	void limitsAreTunedInTheConfigurationOrTheEnvironment() {
		MapPropertySource yml = new MapPropertySource("application.yml",
				Map.of("cebase.rate-limits.verify.requests", "30", "cebase.rate-limits.verify.window", "1m"));
		// as a load test raises the limit: CEBASE_RATELIMITS_VERIFY_REQUESTS=1000000
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("CEBASE_RATELIMITS_VERIFY_REQUESTS", "1000000"));
		RateLimitProperties bound = new Binder(ConfigurationPropertySources.from(List.of(environment, yml)))
			.bind("cebase", RateLimitProperties.class)
			.get();
		assertThat(bound.rateLimits().get("verify"))
			.isEqualTo(new RateLimitProperties.Limit(1_000_000, Duration.ofMinutes(1)));
		assertThatThrownBy(() -> new RateLimitProperties.Limit(0, Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> bound.limit("nowhere")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cebase.rate-limits.nowhere");
	}

	/** Time from the present on, moved by the test in nanoseconds, as the limiter once read {@link System#nanoTime()}. */
	private static InstantSource movable(AtomicLong nanos) {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return () -> start.plusNanos(nanos.get());
	}

	private long retryAfter(String address, String url) throws Exception {
		MockHttpServletRequestBuilder request = url.contains("objections") ? objectionByApi(-1) : get(url);
		String value = mvc.perform(from(request, address))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getHeader("Retry-After");
		return Long.parseLong(value);
	}

	private static MockHttpServletRequestBuilder objectionByApi(long callId) {
		return post("/api/v1/public/calls/{id}/objections", callId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"declarationId\": 1, \"name\": \"王某\", \"contact\": \"13800000000\", \"text\": \"异议\"}");
	}

	private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	/** An address of the benchmarking range 198.18.0.0/15 (RFC 2544) that no other test of the run uses. */
	private static String newAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "198.18." + n / 254 + "." + (1 + n % 254);
	}

	@Test
	void theApiDescriptionSaysWhichOperationsMayAnswer429() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/verify'].get.responses['429'].headers['Retry-After']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/calls/{callId}/objections'].post.responses['429']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/bases'].get.responses['429']").doesNotExist());
	}
}
