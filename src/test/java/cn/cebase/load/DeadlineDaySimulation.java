package cn.cebase.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Deadline day: 200 institutions of 福州 (by default) open the demo FJ call, start an application,
 * fill it in with the page's autosave, upload a 1 MB PDF as evidence and submit, all within about
 * five minutes, while 20 reviewers of 福州市人社局 and 福建省人社厅 keep browsing their worklists.
 * The accounts come from scripts/seed-deadline-day.sql; scripts/deadline-day.sh runs everything
 * and counts the submissions in the database afterwards. How to run it: docs/load-testing.md.
 *
 * <p>Every virtual user signs in once with the login form and keeps its session cookie, as a
 * browser does; the sign-in requests are in the group "sign-in", kept apart from the deadline-day
 * work in the groups "apply" (institutions) and "review" (reviewers). The CSRF token is taken
 * from the pages, as the browser's forms and htmx send it.
 *
 * <p>An institution, with think times of a few seconds between the steps (reading, typing):
 * the call's page → POST /calls/{id}/declarations (redirect to the new draft's page, whose
 * channel list gives 福州市人力资源和社会保障局) → four autosaves (POST /declarations/{id}/draft,
 * the whole form as htmx posts it, more filled in each time) → upload the PDF (multipart, section
 * overview; redirect back) → submit (POST /declarations/{id}/submit with the whole form; redirect
 * back to the page, which must show 已提交). Each institution's PDF is different (its own number
 * on the page and its own image bytes), as real evidence would be.
 *
 * <p>A reviewer loops: worklist (/reviews), one of the applications listed there, the handled tab,
 * /home, with 2 to 5 s of thinking after each page.
 *
 * <p>Settings (system properties, all optional): gatling.baseUrl (http://localhost:8080),
 * gatling.institutions (200), gatling.accountPrefix (load.inst: the usernames are prefix.001 …),
 * gatling.arrivalSeconds (250: the institutions arrive evenly over this), gatling.reviewers (20),
 * gatling.reviewSeconds (300: how long each reviewer browses), gatling.deadlineP95Millis (300: the
 * assertion), gatling.callId (0: found on /public/calls by the demo call's title).
 */
public class DeadlineDaySimulation extends Simulation {

	static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	static final int INSTITUTIONS = Integer.getInteger("gatling.institutions", 200);

	/** The institutions' usernames: load.inst.001 …; the script's warm-up uses its own, load.warm.001 …. */
	static final String ACCOUNT_PREFIX = System.getProperty("gatling.accountPrefix", "load.inst");

	static final Duration ARRIVAL = Duration.ofSeconds(Integer.getInteger("gatling.arrivalSeconds", 250));

	static final int REVIEWERS = Integer.getInteger("gatling.reviewers", 20);

	static final Duration REVIEWING = Duration.ofSeconds(Integer.getInteger("gatling.reviewSeconds", 300));

	static final int P95_MILLIS = Integer.getInteger("gatling.deadlineP95Millis", 300);

	static final String PASSWORD = "Cebase@2026";

	static final String CALL_TITLE = "福建省省级专业技术人员继续教育基地申报（演示）";

	static final String CHANNEL_NAME = "福州市人力资源和社会保障局";

	static final long CALL_ID = callId();

	/** The size of the evidence: a 1024 × 1024 grey image (1 MiB of pixels) plus a little PDF around it. */
	static final int IMAGE_SIDE = 1024;

	/** The demo call's id: the property, else its link on the public list of calls. */
	private static long callId() {
		long configured = Long.getLong("gatling.callId", 0L);
		if (configured > 0) {
			return configured;
		}
		try {
			String html = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/public/calls")).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.body();
			Matcher m = Pattern.compile("href=\"/public/calls/(\\d+)\"[^>]*>" + Pattern.quote(CALL_TITLE)).matcher(html);
			if (!m.find()) {
				throw new IllegalStateException("the demo call is not on " + BASE_URL + "/public/calls");
			}
			return Long.parseLong(m.group(1));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("cannot read " + BASE_URL + "/public/calls", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A valid one-page PDF of about 1 MB: a line of text naming the institution and an uncompressed
	 * 1024 × 1024 grey image whose pixels are random but fixed per institution, so that no two
	 * institutions upload the same file (the server keeps one copy per content).
	 */
	static byte[] evidencePdf(int institution) {
		byte[] pixels = new byte[IMAGE_SIDE * IMAGE_SIDE];
		new Random(20261124L * 1000 + institution).nextBytes(pixels);
		String text = "q 400 0 0 400 97 300 cm /Im1 Do Q BT /F1 18 Tf 72 760 Td (CE-Base deadline-day evidence "
				+ institution + ") Tj ET";
		ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length + 2048);
		List<Integer> offsets = new ArrayList<>();
		ascii(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
		offsets.add(out.size());
		ascii(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
		offsets.add(out.size());
		ascii(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
		offsets.add(out.size());
		ascii(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >>"
				+ " /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>\nendobj\n");
		offsets.add(out.size());
		ascii(out, "4 0 obj\n<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream\nendobj\n");
		offsets.add(out.size());
		ascii(out, "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
		offsets.add(out.size());
		ascii(out, "6 0 obj\n<< /Type /XObject /Subtype /Image /Width " + IMAGE_SIDE + " /Height " + IMAGE_SIDE
				+ " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + pixels.length + " >>\nstream\n");
		out.writeBytes(pixels);
		ascii(out, "\nendstream\nendobj\n");
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 7\n0000000000 65535 f \n");
		offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
		table.append("trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		ascii(out, table.toString());
		return out.toByteArray();
	}

	private static void ascii(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
	}

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("zh-CN,zh;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("CE-Base load test (Gatling)");

	/** GET /login for its CSRF token, then POST the form; the redirect lands on /home. */
	static ChainBuilder signIn() {
		return group("sign-in").on(
				exec(http("login page").get("/login")
					.check(status().is(200))
					.check(css("input[name=_csrf]", "value").saveAs("csrf"))),
				exec(http("login").post("/login")
					.formParam("username", "#{username}")
					.formParam("password", PASSWORD)
					.formParam("_csrf", "#{csrf}")
					.check(status().is(200))
					.check(currentLocation().transform(url -> url.endsWith("/home")).is(true))));
	}

	static ChainBuilder think(int minSeconds, int maxSeconds) {
		return pause(Duration.ofSeconds(minSeconds), Duration.ofSeconds(maxSeconds));
	}

	// ---------------------------------------------------------------- institutions

	/** The sections of the form in words, each as a person would write it, longer with every autosave. */
	static final List<String> SECTIONS = List.of("unitNature", "overview", "teachers", "keyFieldTraining",
			"managementSystem", "organisationalSupport", "performanceTargetsAndFunding", "mainFieldsAndFeatures");

	static final Map<String, String> TEXTS = Map.of(
			"unitNature", "民办非企业单位，业务主管单位为福州市人力资源和社会保障局。",
			"overview", "中心成立于2010年，自有培训楼一栋，教室16间，可同时容纳培训学员500人；建有远程教育平台，已与福建省专业技术人员继续教育公共服务平台对接。",
			"teachers", "专兼职教师98人，其中正高级职称22人、副高级职称41人，行业企业专家35人。",
			"keyFieldTraining", "近三年培训智能制造、数字经济、现代农业等重点领域专业技术人员1.1万人次。",
			"managementSystem", "制定培训管理、学员管理、师资管理、财务管理、档案管理等制度21项，实行培训质量评估。",
			"organisationalSupport", "成立由中心主任任组长的基地建设领导小组，设继续教育办公室，配备专职管理人员9人。",
			"performanceTargetsAndFunding", "每年培训专业技术人员不少于3500人次；每年投入专项经费260万元，主要用于课程开发和平台升级。",
			"mainFieldsAndFeatures", "主要培训领域：智能制造、数字经济、现代农业。特色：线上线下相结合，送教上门，校企合作。");

	static final List<Object> FUNCTIONS = List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理");

	/**
	 * The application form as the page posts it (the htmx autosave and the submit button send the
	 * same fields): after {@code filled} of the eight sections have been written; the figures
	 * pass 福建's rules (≥ 100 seats, ≥ 5 managers, ≥ 1000 trainees a year, platform connected).
	 */
	static HttpRequestActionBuilder form(HttpRequestActionBuilder request, int filled) {
		HttpRequestActionBuilder r = request.formParam("_csrf", "#{csrf}")
			.formParam("channelId", "#{channelId}")
			.formParam("independentLegalPerson", "true")
			.formParam("venueSeats", "500")
			.formParam("fullTimeManagersWithBachelor", "9")
			.formParam("trainees1", "#{trainees1}")
			.formParam("trainees2", "#{trainees2}")
			.formParam("trainees3", "#{trainees3}")
			.formParam("platformConnectsToProvince", "true")
			.formParam("existingRegionalBase", "false")
			.formParam("existingBaseName", "")
			.multivaluedFormParam("platformFunctions", FUNCTIONS)
			.formParam("_platformFunctions", "on");
		for (int i = 0; i < SECTIONS.size(); i++) {
			String section = SECTIONS.get(i);
			r = r.formParam(section, i < filled ? TEXTS.get(section) + "（#{name}）" : "");
		}
		return r;
	}

	/** One autosave, as htmx sends it after the person stopped typing: the answer is the save status. */
	static ChainBuilder autosave(int filled) {
		return exec(form(http("autosave").post("/declarations/#{declarationId}/draft")
			.header("HX-Request", "true")
			.header("HX-Trigger", "declaration-form")
			.header("HX-Target", "save-status")
			.header("HX-Current-URL", BASE_URL + "/declarations/#{declarationId}"), filled)
			.check(status().is(200))
			.check(css("#save-status span").transform(text -> text.startsWith("已自动保存")).is(true)));
	}

	/** The accounts load.inst.001 … of scripts/seed-deadline-day.sql, each used by one virtual institution. */
	static List<Map<String, Object>> institutionAccounts() {
		return IntStream.rangeClosed(1, INSTITUTIONS).mapToObj(n -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return Map.<String, Object>of("username", String.format("%s.%03d", ACCOUNT_PREFIX, n), "number", n, "name",
					String.format("施教机构%03d", n), "trainees1", 1000 + random.nextInt(3000), "trainees2",
					1000 + random.nextInt(3000), "trainees3", 1000 + random.nextInt(3000));
		}).toList();
	}

	final ChainBuilder apply = group("apply").on(
			exec(http("call page").get("/public/calls/" + CALL_ID)
				.check(status().is(200))
				.check(css("#start-declaration").exists())
				.check(css("input[name=_csrf]", "value").saveAs("csrf"))),
			think(3, 8),
			// the redirect opens the new draft; its channel list holds the city's 人社局
			exec(http("start").post("/calls/" + CALL_ID + "/declarations")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(currentLocationRegex("/declarations/(\\d+)$").saveAs("declarationId"))
				.check(css("#declaration-status").is("草稿"))
				.check(css("#declaration-form input[name=_csrf]", "value").saveAs("csrf"))
				.check(regex("<option value=\"(\\d+)\">" + CHANNEL_NAME + "</option>").saveAs("channelId"))),
			think(4, 8),
			autosave(2),
			think(4, 8),
			autosave(4),
			think(4, 8),
			autosave(6),
			think(4, 8),
			autosave(8),
			think(3, 6),
			exec(http("upload evidence").post("/declarations/#{declarationId}/evidence")
				.bodyPart(StringBodyPart("_csrf", "#{csrf}"))
				.bodyPart(StringBodyPart("section", "overview"))
				.bodyPart(ByteArrayBodyPart("file", session -> evidencePdf(session.getInt("number")))
					.fileName("#{username}-机构概况.pdf")
					.contentType("application/pdf"))
				.check(status().is(200))
				.check(currentLocation().transform(url -> url.contains("/declarations/")).is(true))
				.check(css("#evidence-list a").exists())
				.check(css("#declaration-form input[name=_csrf]", "value").saveAs("csrf"))),
			think(3, 6),
			exec(form(http("submit").post("/declarations/#{declarationId}/submit"), SECTIONS.size())
				.check(status().is(200))
				.check(currentLocationRegex("/declarations/(\\d+)$").isEL("#{declarationId}"))
				.check(css("#declaration-status").is("已提交"))));

	final ScenarioBuilder institutions = scenario("institutions apply on deadline day")
		.exec(feed(listFeeder(institutionAccounts()).queue()))
		.exec(signIn())
		.exec(think(2, 5))
		.exec(apply);

	// ---------------------------------------------------------------- reviewers

	static List<Map<String, Object>> reviewerAccounts() {
		return IntStream.rangeClosed(1, REVIEWERS)
			.mapToObj(n -> Map.<String, Object>of("username", String.format("load.review.%02d", n)))
			.toList();
	}

	static Session chooseApplication(Session session) {
		List<String> ids = session.getList("listed");
		return session.set("reviewId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
	}

	final ChainBuilder review = group("review").on(
			exec(session -> session.remove("listed")),
			exec(http("worklist").get("/reviews")
				.check(status().is(200))
				.check(css("#work-items").exists())
				.check(regex("href=\"/reviews/(\\d+)\"").findAll().optional().saveAs("listed"))),
			think(2, 5),
			doIfListed(),
			exec(http("handled").get("/reviews?tab=handled")
				.check(status().is(200))
				.check(css("#work-items").exists())),
			think(2, 5),
			exec(http("home").get("/home")
				.check(status().is(200))
				.check(css("h1.page-title").exists())),
			think(2, 5));

	/** Opens one of the applications the worklist listed; a 福建省人社厅 worklist is empty until 福州 recommends. */
	static ChainBuilder doIfListed() {
		return doIf(session -> session.contains("listed"))
			.then(exec(DeadlineDaySimulation::chooseApplication),
					exec(http("application").get("/reviews/#{reviewId}")
						.check(status().is(200))
						.check(css("#institution-name").exists())
						.check(css("#declaration-status").exists())),
					think(2, 5));
	}

	final ScenarioBuilder reviewers = scenario("reviewers browse their worklists")
		.exec(feed(listFeeder(reviewerAccounts()).queue()))
		.exec(signIn())
		.exec(think(2, 5))
		.during(REVIEWING).on(review);

	{
		setUp(institutions.injectOpen(rampUsers(INSTITUTIONS).during(ARRIVAL)),
				reviewers.injectOpen(rampUsers(REVIEWERS).during(Duration.ofSeconds(10))))
			.protocols(protocol)
			.assertions(
					global().responseTime().percentile(95.0).lt(P95_MILLIS),
					global().failedRequests().count().is(0L),
					details("apply", "submit").successfulRequests().count().is((long) INSTITUTIONS));
	}
}
