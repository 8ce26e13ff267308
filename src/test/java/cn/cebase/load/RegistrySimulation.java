package cn.cebase.load;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The public registry under load: anonymous visitors (100 in the script) search the registry of
 * 10,000 bases (scripts/seed-bases.sql) with varied filters, turn pages, open bases, verify plaques
 * by QR code and by number (genuine and forged), and fetch the open data as JSON and CSV, for two
 * minutes. How to run it: scripts/registry-load.sh and docs/load-testing.md.
 *
 * <p>The plaques come from {@code target/registry-plaques.csv} (id, verification code, number of
 * 2,000 random bases, all statuses), which the script exports from the database after seeding: the
 * registry publishes no verification code, a plaque's owner has it.
 *
 * <p>Think time: 1 to 3 seconds (uniformly random) after every page, as a person reads and clicks.
 *
 * <p>Settings (system properties, all optional; the load profile of the pom passes them on):
 * gatling.baseUrl (http://localhost:8080), gatling.users (100), gatling.rampSeconds (10),
 * gatling.durationSeconds (120 — how long each visitor browses), gatling.p95Millis (100 — the assertion).
 */
public class RegistrySimulation extends Simulation {

	static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("gatling.users", 100);

	static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("gatling.rampSeconds", 10));

	static final Duration BROWSING = Duration.ofSeconds(Integer.getInteger("gatling.durationSeconds", 120));

	static final int P95_MILLIS = Integer.getInteger("gatling.p95Millis", 100);

	static final Path PLAQUES = Path.of("target", "registry-plaques.csv");

	/** The brands and kinds that scripts/seed-bases.sql puts into names: 福州市华信大学继续教育基地. */
	static final List<String> BRANDS = List.of("华信", "博远", "启航", "明德", "卓越", "正泰", "鸿业", "远大", "新华", "精诚",
			"天元", "恒信", "金桥", "智博", "东方", "育才", "英才", "睿智", "海纳", "中科");

	static final List<String> KINDS = List.of("职业技术学院", "大学", "科学技术研究院", "专业技术人员协会", "企业培训中心", "职业培训学校");

	static final List<String> FIELDS = List.of("卫生", "教育", "工程", "卫生健康", "信息技术", "智能制造", "生物医药", "会计审计");

	static final List<String> PROVINCES = List.of("220000", "350000", "370000", "370000", "110000", "440000");

	static final List<String> CITIES = List.of("220100", "220200", "222400", "350100", "350200", "350500", "350600",
			"370100", "370200", "370300", "370600", "370700", "371300");

	static final List<String> CITY_NAMES = List.of("长春市", "吉林市", "福州市", "厦门市", "泉州市", "济南市", "青岛市", "淄博市",
			"烟台市", "临沂市");

	static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "MUNICIPAL");

	static final List<String> STATUSES = List.of("ALL", "REVOKED", "RECTIFYING", "LAPSED");

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("zh-CN,zh;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("CE-Base load test (Gatling)");

	static List<Map<String, Object>> plaques() {
		if (!Files.isRegularFile(PLAQUES)) {
			throw new IllegalStateException(PLAQUES.toAbsolutePath() + " is missing: scripts/registry-load.sh exports it"
					+ " after seeding (see docs/load-testing.md)");
		}
		try {
			return Files.readAllLines(PLAQUES, StandardCharsets.UTF_8)
				.stream()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split(",", 3))
				.map(cells -> Map.<String, Object>of("plaqueId", cells[0], "plaqueCode", cells[1], "plaqueNumber", cells[2]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One to three filters, as a person combines them in the form, as a query string. */
	static Session chooseFilters(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Map<String, String> filters = new LinkedHashMap<>();
		int count = 1 + random.nextInt(3);
		while (filters.size() < count) {
			switch (random.nextInt(7)) {
				case 0 -> filters.put("level", pick(LEVELS));
				case 1 -> filters.put("provinceCode", pick(PROVINCES));
				case 2 -> {
					String city = pick(CITIES);
					filters.put("provinceCode", city.substring(0, 2) + "0000");
					filters.put("cityCode", city);
				}
				case 3 -> filters.put("field", pick(FIELDS));
				case 4, 5 -> filters.put("text", text(random));
				default -> filters.put("status", pick(STATUSES));
			}
		}
		return session.set("filters", query(filters)).set("apiFilters", query(api(filters)));
	}

	/** What a person types into the search box: a brand, a city, a brand and a kind, or part of a number. */
	static String text(ThreadLocalRandom random) {
		int roll = random.nextInt(10);
		if (roll < 4) {
			return pick(BRANDS);
		}
		if (roll < 6) {
			return pick(CITY_NAMES);
		}
		if (roll < 9) {
			return pick(BRANDS) + pick(KINDS);
		}
		return List.of("闽继基", "鲁继基", "吉继基", "国继基").get(random.nextInt(4)) + "〔" + (2016 + random.nextInt(10)) + "〕";
	}

	/** The API names a region by one code: the city if chosen, else the province. */
	static Map<String, String> api(Map<String, String> filters) {
		Map<String, String> api = new LinkedHashMap<>(filters);
		String city = api.remove("cityCode");
		String province = api.remove("provinceCode");
		if (city != null || province != null) {
			api.put("regionCode", city != null ? city : province);
		}
		return api;
	}

	static String query(Map<String, String> filters) {
		return filters.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static <T> T pick(List<T> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	/** Keeps the ids of the bases the visitor has seen listed, to open one of them. */
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

	static Session chooseBase(Session session) {
		List<String> ids = session.contains("ids") ? session.getList("ids") : List.of();
		return session.set("id", ids.isEmpty() ? session.getString("plaqueId") : pick(ids));
	}

	static ChainBuilder think() {
		return pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
	}

	/** A page of the registry: the table, and the links to bases for later steps. */
	static ChainBuilder registryPage(String name, String url, boolean htmx) {
		var request = http(name).get(url).check(status().is(200)).check(css("#base-table").exists())
			.check(regex("href=\"/public/bases/(\\d+)\"").findAll().optional().saveAs("found"));
		if (htmx) {
			request = request.header("HX-Request", "true").check(substring("<html").notExists());
		}
		return exec(request).exec(RegistrySimulation::remember);
	}

	final ChainBuilder visit = exec(
			feed(listFeeder(plaques()).random()),
			registryPage("list", "/public/bases", false),
			think(),
			exec(RegistrySimulation::chooseFilters),
			registryPage("search", "/public/bases?#{filters}", false),
			think(),
			exec(RegistrySimulation::chooseFilters),
			exec(session -> session.set("page", 1 + ThreadLocalRandom.current().nextInt(3))),
			// a filter changed or a page turned in the form: htmx fetches the results alone
			registryPage("search (htmx)", "/public/bases?#{filters}&page=#{page}", true),
			think(),
			exec(RegistrySimulation::chooseBase),
			exec(http("base page").get("/public/bases/#{id}")
				.check(status().is(200))
				.check(css("h1.page-title").exists())
				.check(css("#number").exists())),
			think(),
			randomSwitch().on(
					percent(75.0).then(exec(http("verify code (genuine)").get("/public/verify/#{plaqueCode}")
						.check(status().is(200))
						.check(css("#genuine").exists()))),
					percent(25.0).then(exec(session -> session.set("forged",
							Long.toHexString(ThreadLocalRandom.current().nextLong()).toUpperCase().substring(0, 12))),
							exec(http("verify code (forged)").get("/public/verify/#{forged}")
								.check(status().is(200))
								.check(css("#unknown").exists())))),
			think(),
			randomSwitch().on(percent(40.0).then(exec(http("verify number").get("/public/verify")
				.queryParam("number", "#{plaqueNumber}")
				.check(status().is(200))
				.check(css("#genuine").exists())), think())),
			randomSwitch().on(
					percent(30.0).then(exec(RegistrySimulation::chooseFilters),
							exec(http("api list").get("/api/v1/public/bases?#{apiFilters}&page=1&size=20")
								.header("Accept", "application/json")
								.check(status().is(200))
								.check(jsonPath("$.total").ofLong().gte(0L))), think()),
					percent(15.0).then(exec(http("api verify").get("/api/v1/public/verify")
						.queryParam("code", "#{plaqueCode}")
						.header("Accept", "application/json")
						.check(status().is(200))
						.check(jsonPath("$.genuine").ofBoolean().is(true))), think()),
					percent(8.0).then(
							// open data of one city, or of one level in one province: hundreds to a few thousand rows
							exec(session -> session.set("csvFilters", ThreadLocalRandom.current().nextBoolean()
									? "regionCode=" + pick(CITIES)
									: "regionCode=" + pick(PROVINCES.subList(0, 3)) + "&level=" + pick(LEVELS.subList(1, 3)))),
							exec(http("csv").get("/api/v1/public/bases.csv?#{csvFilters}")
								.header("Accept", "text/csv")
								.check(status().is(200))
								.check(header("Content-Type").transform(type -> type.startsWith("text/csv")).is(true))
								.check(bodyBytes().transform(body -> body.length > 3 && body[0] == BOM[0] && body[1] == BOM[1]
										&& body[2] == BOM[2]).is(true))),
							think())));

	final ScenarioBuilder visitors = scenario("anonymous visitors use the registry").during(BROWSING).on(visit);

	{
		setUp(visitors.injectOpen(rampUsers(USERS).during(RAMP)))
			.protocols(protocol)
			.assertions(global().responseTime().percentile(95.0).lt(P95_MILLIS),
					global().failedRequests().count().is(0L));
	}
}
