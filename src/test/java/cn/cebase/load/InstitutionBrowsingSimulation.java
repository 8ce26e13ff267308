package cn.cebase.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Staff of the 人社 authorities browse the institution register: 50 signed-in users (by default)
 * list, filter, search, page and open institutions for two minutes against a database holding
 * 100,000 institutions (scripts/seed-institutions.sql). How to run it: docs/load-testing.md.
 *
 * <p>Each virtual user signs in once with the login form (GET /login for the CSRF token, POST
 * /login) and then keeps its session cookie, as a browser does; HTTP Basic would re-hash the
 * password with bcrypt on every request, which no person's browser causes. The sign-in requests
 * are in the group "sign-in", the browsing ones in the group "browse".
 *
 * <p>Think time: 1 to 3 seconds (uniformly random) after every page, the time a person takes to
 * read a list and click; so 50 users make about 20 requests a second.
 *
 * <p>Settings (system properties, all optional): gatling.baseUrl (http://localhost:8080),
 * gatling.users (50), gatling.rampSeconds (10), gatling.durationSeconds (120 — how long each user
 * browses), gatling.p95Millis (150 — the assertion).
 */
public class InstitutionBrowsingSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("gatling.users", 50);

	static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("gatling.rampSeconds", 10));

	static final Duration BROWSING = Duration.ofSeconds(Integer.getInteger("gatling.durationSeconds", 120));

	static final int P95_MILLIS = Integer.getInteger("gatling.p95Millis", 150);

	static final String PASSWORD = "Cebase@2026";

	/** The brands that scripts/seed-institutions.sql puts into every name: 长春市华信职业培训学校1234. */
	static final List<String> BRANDS = List.of("华信", "博远", "启航", "明德", "卓越", "正泰", "鸿业", "远大", "新华", "精诚",
			"天元", "恒信", "金桥", "智博", "东方", "育才", "英才", "睿智", "海纳", "中科");

	/** The words of the kinds of institution in the seeded names. */
	static final List<String> KINDS = List.of("职业培训", "企业培训", "专业技术", "职业技术", "科学技术", "继续教育");

	/**
	 * The demo authority accounts, spread over provinces and levels so that the scopes differ:
	 * MOHRSS sees all 100,000, a province about 22,000 to 50,000, a city a few thousand, a district
	 * a few hundred. Each carries cities of its scope, for searches that find something.
	 */
	static final List<Map<String, Object>> ACCOUNTS = List.of(
			account("mohrss", "长春市", "济南市", "淄博市", "福州市", "厦门市"),
			account("sd.authority", "济南市", "青岛市", "淄博市", "烟台市", "潍坊市"),
			account("jl.authority", "长春市", "吉林市", "延边朝鲜族自治州", "四平市"),
			account("fj.authority", "福州市", "厦门市", "泉州市", "漳州市"),
			account("mohrss", "青岛市", "吉林市", "泉州市"),
			account("zb.authority", "淄博市"),
			account("sd.jinan", "济南市"),
			account("fj.fuzhou", "福州市"),
			account("jl.jilin", "吉林市"),
			account("zb.zhangdian", "淄博市"));

	static final List<String> STATUSES = List.of("ACTIVE", "PENDING", "SUSPENDED");

	private static Map<String, Object> account(String username, String... cities) {
		return Map.of("username", username, "cities", List.of(cities));
	}

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("zh-CN,zh;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("CE-Base load test (Gatling)");

	final FeederBuilder<Object> accounts = listFeeder(ACCOUNTS).circular();

	/** GET /login for its CSRF token, then POST the form; the redirect lands on /home. */
	final ChainBuilder signIn = group("sign-in").on(
			feed(accounts),
			exec(http("login page").get("/login")
				.check(status().is(200))
				.check(css("input[name=_csrf]", "value").saveAs("csrf"))),
			exec(http("login").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(currentLocation().transform(url -> url.endsWith("/home")).is(true))));

	/** A list page is good when it shows the table; the links to institutions feed later steps. */
	static ChainBuilder listPage(String name, String url) {
		return exec(http(name).get(url)
			.check(status().is(200))
			.check(css("#institution-table").exists())
			.check(regex("href=\"/institutions/(\\d+)\"").findAll().optional().saveAs("found")))
			.exec(session -> remember(session));
	}

	/** Keeps the ids of the institutions the user has seen listed, to open one of them. */
	static Session remember(Session session) {
		if (!session.contains("found")) {
			return session;
		}
		List<String> seen = new ArrayList<>(session.contains("ids") ? session.getList("ids") : List.of());
		seen.addAll(session.getList("found"));
		if (seen.size() > 200) {
			seen = new ArrayList<>(seen.subList(seen.size() - 200, seen.size()));
		}
		return session.set("ids", seen).remove("found");
	}

	/** What a person types into the search box: a brand, a brand and a kind, or a city and a brand. */
	static Session chooseSearch(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String brand = BRANDS.get(random.nextInt(BRANDS.size()));
		List<String> cities = session.getList("cities");
		int roll = random.nextInt(10);
		String text;
		if (roll < 4) {
			text = cities.get(random.nextInt(cities.size())) + brand;
		}
		else if (roll < 8) {
			text = brand + KINDS.get(random.nextInt(KINDS.size()));
		}
		else {
			text = brand;
		}
		return session.set("text", text);
	}

	static Session chooseInstitution(Session session) {
		List<String> ids = session.contains("ids") ? session.getList("ids") : List.of();
		return ids.isEmpty() ? session.set("id", "1")
				: session.set("id", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
	}

	static ChainBuilder think() {
		return pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
	}

	final ChainBuilder browse = group("browse").on(
			listPage("list", "/institutions"),
			think(),
			exec(session -> session.set("status", STATUSES.get(ThreadLocalRandom.current().nextInt(STATUSES.size())))),
			listPage("list by status", "/institutions?status=#{status}"),
			think(),
			exec(InstitutionBrowsingSimulation::chooseSearch),
			listPage("search", "/institutions?text=#{text}"),
			think(),
			exec(session -> session.set("page", 2 + ThreadLocalRandom.current().nextInt(2))),
			listPage("list page 2-3", "/institutions?page=#{page}"),
			think(),
			exec(InstitutionBrowsingSimulation::chooseInstitution),
			exec(http("detail").get("/institutions/#{id}")
				.check(status().is(200))
				.check(css("h1.page-title").exists())),
			think(),
			randomSwitch().on(percent(30.0).then(exec(
					session -> session.set("apiPage", 1 + ThreadLocalRandom.current().nextInt(5))),
					exec(http("api list").get("/api/v1/institutions?page=#{apiPage}&size=20")
						.header("Accept", "application/json")
						.check(status().is(200))
						.check(jsonPath("$.total").ofLong().gt(0L))
						.check(jsonPath("$.items[0].id").exists())),
					think())));

	final ScenarioBuilder staff = scenario("authority staff browse institutions")
		.exec(signIn)
		.exec(think())
		.during(BROWSING).on(browse);

	{
		setUp(staff.injectOpen(rampUsers(USERS).during(RAMP)))
			.protocols(protocol)
			.assertions(
					global().responseTime().percentile(95.0).lt(P95_MILLIS),
					global().failedRequests().count().is(0L));
	}
}
