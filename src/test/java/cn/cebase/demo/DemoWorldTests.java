package cn.cebase.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.call.CallManagement;
import cn.cebase.call.CallStatus;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Scoring;
import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.base.BaseView;
import cn.cebase.base.BaseStatus;
import cn.cebase.recognition.Candidate;
import cn.cebase.recognition.PublicityManagement;
import cn.cebase.recognition.Publicity;
import cn.cebase.recognition.Recognitions;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo world covers the organisations the five seed documents name, every demo account signs
 * in, and Jilin's two calls show the end of a call: one in publicity, one recognised.
 */
@CeBaseTest
class DemoWorldTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	PublicityManagement publicities;

	@Autowired
	Recognitions recognitions;

	@Autowired
	Scoring scoring;

	@Autowired
	Panels panels;

	@Autowired
	ExpertPool experts;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void jilinHasItsCitiesChangbaishanAndMeihekou() {
		// 吉人社函〔2023〕232号 is addressed to 各市（州）、长白山管委会、梅河口市
		assertThat(children("hrss-220000", OrganizationKind.CITY_HRSS)).contains("长春市人力资源和社会保障局",
				"延边朝鲜族自治州人力资源和社会保障局", "长白山管委会人力资源和社会保障局", "梅河口市人力资源和社会保障局").hasSize(11);
	}

	@Test
	void shandongHasSixteenCitiesDepartmentsAndSoes() {
		assertThat(children("hrss-370000", OrganizationKind.CITY_HRSS)).hasSize(16);
		assertThat(children("hrss-370000", OrganizationKind.INDUSTRY_DEPARTMENT)).isNotEmpty();
		assertThat(children("hrss-370000", OrganizationKind.PROVINCIAL_SOE)).isNotEmpty();
	}

	@Test
	void ziboHasItsDistrictsCountiesAndZones() {
		// 淄人社发〔2025〕5号 is addressed to 各区县、经开区、文昌湖区人力资源社会保障局，高新区社会发展保障局
		assertThat(children("hrss-370300", OrganizationKind.COUNTY_HRSS)).hasSize(11)
			.contains("淄博经济开发区人力资源和社会保障局", "文昌湖省级旅游度假区人力资源和社会保障局", "淄博高新技术产业开发区社会发展保障局");
		assertThat(children("hrss-370300", OrganizationKind.INDUSTRY_DEPARTMENT)).isNotEmpty();
	}

	@Test
	void fujianHasItsCitiesAndPingtan() {
		assertThat(children("hrss-350000", OrganizationKind.CITY_HRSS)).hasSize(10).contains("平潭综合实验区社会事业局");
	}

	@Test
	void mohrssHasMinistriesAndCentralSoes() {
		assertThat(children("mohrss", OrganizationKind.MINISTRY)).isNotEmpty();
		assertThat(children("mohrss", OrganizationKind.CENTRAL_SOE)).isNotEmpty();
		assertThat(children("mohrss", OrganizationKind.PROVINCIAL_HRSS)).hasSize(3);
	}

	@Test
	void aFujianCallIsOpenForTheSelfCheck() {
		assertThat(jdbc.sql("select count(*) from call_for_applications where profile_code = 'FJ' and status = 'PUBLISHED'"
				+ " and title like '%（演示）'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void everyListedDemoAccountSignsInWithThePublishedPassword() {
		for (String username : DemoWorld.USERNAMES) {
			CurrentUser user = Fixtures.user(users, username);
			assertThat(user.isEnabled()).as(username).isTrue();
			assertThat(encoder.matches(DemoWorld.PASSWORD, user.getPassword())).as(username).isTrue();
		}
	}

	@Test
	void aJilinCallIsInPublicityAndThePublicPageTakesAnObjection() throws Exception {
		CurrentUser jilin = Fixtures.user(users, "jl.authority");
		long callId = callTitled(JilinCalls.IN_PUBLICITY_TITLE);
		// the deadline has passed and the review is on
		var call = calls.get(jilin, callId);
		assertThat(call.status()).isEqualTo(CallStatus.REVIEWING);
		assertThat(call.details().closesAt()).isBefore(clock.instant());
		assertThat(call.details().opensAt()).isBefore(call.details().closesAt());

		Publicity publicity = publicities.of(callId).orElseThrow();
		assertThat(publicity.days()).isEqualTo(JilinCalls.PUBLICITY_DAYS);
		assertThat(publicity.openOn(LocalDate.now(clock))).isTrue();
		assertThat(publicity.endsOn()).isEqualTo(publicity.startsOn().plusDays(JilinCalls.PUBLICITY_DAYS - 1));

		// three applications scored by the three demo experts; two proposed, one not recognised with the reasons
		assertThat(statuses(callId)).containsExactly("PUBLICITY", "PUBLICITY", "NOT_RECOGNIZED");
		assertThat(scoring.sheets(jilin, callId)).hasSize(9).allSatisfy(sheet -> assertThat(sheet.locked()).isTrue());
		assertThat(scoring.summaries(jilin, callId)).hasSize(3);
		List<Candidate> listed = publicities.publicList(callId);
		assertThat(listed).extracting(Candidate::institutionName)
			.containsExactly("吉林市数字经济职业培训学校", "吉林市化工行业协会");

		// the public page lists them, not the refused one, and takes an objection from anyone
		mvc.perform(get("/public/calls/{c}/publicity", callId))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("吉林市数字经济职业培训学校")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("吉林市化工行业协会")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("吉林市智联职业培训学校"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("submit-objection")));
		long before = objections(callId);
		assertThat(before).isPositive();
		mvc.perform(post("/public/calls/{c}/objections", callId).with(csrf())
				.param("declarationId", String.valueOf(listed.get(0).declarationId()))
				.param("name", "张女士")
				.param("contact", "zhang@example.com")
				.param("text", "该校部分课程与申报材料所列不一致，请核实。"))
			.andExpect(redirectedUrl("/public/calls/" + callId + "/publicity"));
		assertThat(objections(callId)).isEqualTo(before + 1);
	}

	@Test
	void anEarlierJilinCallIsRecognisedWithBasesAndPlaques() throws Exception {
		long callId = callTitled(JilinCalls.RECOGNISED_TITLE);
		var call = calls.get(null, callId);
		assertThat(call.status()).isEqualTo(CallStatus.CONCLUDED);
		Publicity publicity = publicities.of(callId).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		// in order: the deadline, the publicity, the recognition today
		assertThat(publicity.overOn(today)).isTrue();
		assertThat(publicity.startsOn()).isAfter(LocalDate.ofInstant(call.details().closesAt(), clock.getZone()));
		assertThat(publicity.recognized()).isTrue();
		assertThat(jdbc.sql("select count(*) from declaration where call_id = ? and submitted_at > ?")
			.params(callId, java.sql.Timestamp.from(call.details().closesAt()))
			.query(Long.class)
			.single()).isZero();

		List<BaseView> bases = recognitions.ofCall(callId);
		assertThat(bases).extracting(BaseView::name).containsExactlyInAnyOrder("吉林化工学院", "吉林市专业技术人员继续教育中心");
		assertThat(bases).allSatisfy(b -> {
			assertThat(b.number()).matches("吉继基〔\\d{4}〕\\d{3}号");
			assertThat(b.status()).isEqualTo(BaseStatus.ACTIVE);
			assertThat(b.recognizedOn()).isEqualTo(today);
		});
		assertThat(statuses(callId)).containsOnly("RECOGNIZED");

		mvc.perform(get("/public/calls/{c}/bases", callId))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(bases.get(0).number())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(bases.get(1).number())));
		mvc.perform(get("/public/calls/{c}/notice.pdf", callId))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		BaseView chemistry = bases.stream().filter(b -> b.name().equals("吉林化工学院")).findFirst().orElseThrow();
		for (String allowed : List.of("inst.jl", "jl.authority")) {
			mvc.perform(get("/bases/{id}/plaque.pdf", chemistry.id()).with(user(Fixtures.user(users, allowed))))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		}
		mvc.perform(get("/bases/{id}/plaque.pdf", chemistry.id()).with(user(Fixtures.user(users, "inst.jl2"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDemoExpertSitsInJilinsPoolAndChairedBothPanels() {
		CurrentUser expert = Fixtures.user(users, "expert");
		assertThat(expert.mustChangePassword()).isFalse();
		assertThat(experts.ofUser(expert.id())).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("何建国"));
		long expertId = experts.ofUser(expert.id()).orElseThrow().id();
		// other tests draw Jilin panels from the same pool, so only the demo's calls count here
		assertThat(panels.mine(expert).stream()
			.filter(p -> List.of(JilinCalls.RECOGNISED_TITLE, JilinCalls.IN_PUBLICITY_TITLE).contains(p.callTitle())))
			.hasSize(2).allSatisfy(p -> {
			assertThat(p.chairId()).isEqualTo(expertId);
			assertThat(p.members()).hasSize(JilinCalls.EXPERTS.size());
		});
	}

	private long callTitled(String title) {
		return jdbc.sql("select id from call_for_applications where profile_code = 'JL' and title = ?")
			.param(title)
			.query(Long.class)
			.single();
	}

	private List<String> statuses(long callId) {
		return jdbc.sql("select status from declaration where call_id = ? order by id").param(callId).query(String.class).list();
	}

	private long objections(long callId) {
		return jdbc.sql("select count(*) from objection where call_id = ?").param(callId).query(Long.class).single();
	}

	private java.util.List<String> children(String parentCode, OrganizationKind kind) {
		return jdbc.sql("select o.name from organization o join organization p on p.id = o.parent_id"
				+ " where p.code = ? and o.kind = ? order by o.id")
			.params(parentCode, kind.name())
			.query(String.class)
			.list();
	}
}
