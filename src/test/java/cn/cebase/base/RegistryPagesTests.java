package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.cebase.CeBaseTest;
import cn.cebase.policy.ProfileLevel;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The registry's pages and open data for someone who is not signed in: search, a base's page, the
 * plaque check (genuine, revoked, forged), the CSV and the JSON.
 */
@CeBaseTest
class RegistryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Bases records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	RegistryTestBases bases;

	BaseView active;

	BaseView revoked;

	@BeforeEach
	void twoBases() {
		bases = new RegistryTestBases(records, jdbc);
		active = bases.fujian("福州职业技术学院继续教育基地", LocalDate.of(2026, 3, 2), "卫生健康", "信息技术");
		revoked = bases.insert("福州某培训中心继续教育基地", ProfileLevel.PROVINCIAL, "hrss-350000", "350103",
				LocalDate.of(2024, 1, 10), BaseStatus.REVOKED);
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anyoneSearchesTheRegistryAndSeesOnlyBasesHoldingTheTitleByDefault() throws Exception {
		String html = page("/public/bases?text=" + bases.tag);
		assertThat(html).contains("继续教育基地名录", "id=\"base-table\"", active.name(), active.number(), "福建省 福州市 鼓楼区",
				"卫生健康 / 信息技术", "2026-03-02", "共 1 个基地").doesNotContain(revoked.name());
		assertThat(page("/public/bases?status=ALL&text=" + bases.tag)).contains(active.name(), revoked.name(), "已撤销", "共 2 个基地");
		assertThat(page("/public/bases?status=REVOKED&text=" + bases.tag)).contains(revoked.name()).doesNotContain(active.name());
		assertThat(page("/public/bases?level=NATIONAL&text=" + bases.tag)).contains("没有符合条件的基地。");
		// the province and city selects
		assertThat(page("/public/bases?provinceCode=350000&cityCode=350100&status=ALL&text=" + bases.tag))
			.contains(active.name(), revoked.name(), "<option value=\"350100\" selected=\"selected\">福州市</option>");
		// a city of another province left in its select after the province changed does not count
		assertThat(page("/public/bases?provinceCode=350000&cityCode=370100&text=" + bases.tag)).contains(active.name());
		assertThat(page("/public/bases?provinceCode=370000&text=" + bases.tag)).doesNotContain(active.name());
		// a link to a county shows its province and city in the selects
		assertThat(page("/public/bases?regionCode=350102&text=" + bases.tag)).contains(active.name(),
				"<option value=\"350000\" selected=\"selected\">福建省</option>",
				"<option value=\"350100\" selected=\"selected\">福州市</option>");
	}

	@Test
	void aFilterChangeFromHtmxGetsOnlyTheResults() throws Exception {
		String fragment = mvc.perform(get("/public/bases").param("field", "信息").param("text", bases.tag)
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("id=\"results\"", active.name(), "/api/v1/public/bases.csv?").doesNotContain("<html", "id=\"filters\"");
		assertThat(page("/public/bases/cities?provinceCode=350000")).contains("福州市", "厦门市").doesNotContain("济南市");
		assertThat(page("/public/bases/cities?provinceCode=abc")).doesNotContain("福州市");
	}

	@Test
	void aMistakeInTheFiltersIsSaidOnThePageWithTheFiltersKept() throws Exception {
		String html = page("/public/bases?status=EXPIRED&text=" + bases.tag);
		assertThat(html).contains("没有这种基地状态。", "value=\"" + bases.tag + "\"").doesNotContain(active.name());
		assertThat(page("/public/bases?regionCode=999999")).contains("行政区划代码应为已有的 6 位代码。");
		assertThat(page("/public/bases?level=COUNTY")).contains("没有这种基地级别。");
		assertThat(page("/public/bases?page=2147483647&text=" + bases.tag)).contains("没有符合条件的基地。");
		mvc.perform(get("/public/bases").param("page", "x")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/bases").param("page", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void aBasePageShowsItsRecognitionContactAndStatus() throws Exception {
		String html = page("/public/bases/" + active.id());
		assertThat(html).contains(active.name(), active.number(), "省级", "福建省人力资源和社会保障厅", "福建省 福州市 鼓楼区",
				"卫生健康", "信息技术", "2026-03-02", "正常", active.address(), "林老师", active.contactPhone(), active.creditCode(),
				"持有“专业技术人员继续教育基地”称号。")
			.doesNotContain(active.verificationCode());

		String gone = page("/public/bases/" + revoked.id());
		assertThat(gone).contains("已撤销", "不再持有", "2025-01-10", "测试：REVOKED");
		mvc.perform(get("/public/bases/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/public/bases/abc")).andExpect(status().isNotFound());
	}

	@Test
	void thePlaquesQrCodeShowsAGenuineBaseAndItsVerdict() throws Exception {
		String html = page("/public/verify/" + active.verificationCode());
		assertThat(html).contains("id=\"genuine\"", "有效", "称号有效", active.name(), active.number(), "福建省 福州市 鼓楼区")
			.doesNotContain("id=\"unknown\"");

		String gone = page("/public/verify/" + revoked.verificationCode().toLowerCase(Locale.ROOT));
		assertThat(gone).contains("id=\"genuine\"", "已撤销", "牌匾不再有效", revoked.name(), "2025-01-10");
	}

	@Test
	void aForgedCodeOrNumberIsSaidPlainlyAndWhatWasTypedIsKept() throws Exception {
		String forged = "FAKE" + bases.tag.substring(1).toUpperCase(Locale.ROOT);
		String html = page("/public/verify/" + forged);
		assertThat(html).contains("id=\"unknown\"", "未能核验", "没有与验证码“" + forged + "”对应的牌匾", "value=\"" + forged + "\"")
			.doesNotContain("id=\"genuine\"");

		String typed = "闽继基〔2099〕999号";
		String byNumber = page("/public/verify?number=" + typed);
		assertThat(byNumber).contains("id=\"unknown\"", "基地名录中没有编号为“" + typed + "”的继续教育基地",
				"value=\"" + typed + "\"");

		String empty = mvc.perform(get("/public/verify").param("code", "  ")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("请输入基地编号或验证码。").doesNotContain("id=\"unknown\"", "id=\"genuine\"");
		assertThat(page("/public/verify")).contains("按基地编号核验", "按验证码核验").doesNotContain("请输入基地编号或验证码。");
	}

	@Test
	void aNumberTypedWithOtherBracketsAndFullWidthDigitsIsVerified() throws Exception {
		String typed = active.number().replace("〔", "(").replace("〕", ")").replace("2026", "２０２６");
		String html = mvc.perform(get("/public/verify").param("number", " " + typed))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"genuine\"", active.name(), "value=\"" + HtmlUtils.htmlEscape(" " + typed) + "\"");
	}

	@Test
	void theCsvStartsWithTheByteOrderMarkAndAHeaderAndHoldsEveryMatchingBase() throws Exception {
		var response = mvc.perform(get("/api/v1/public/bases.csv").param("status", "ALL").param("text", bases.tag))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn().getResponse();
		byte[] bytes = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("基地编号,基地名称,统一社会信用代码,级别,认定机关,所在地区,领域,认定日期,状态,持有称号,"
				+ "状态变更日期,状态变更原因,地址,联系人,联系电话");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith(active.number() + "," + active.name() + "," + active.creditCode() + ",省级,")
			.contains(",福建省 福州市 鼓楼区,卫生健康；信息技术,2026-03-02,正常,是,");
		assertThat(lines.get(2)).startsWith(revoked.number()).contains(",已撤销,否,2025-01-10,测试：REVOKED,");

		// by default, those holding the title only
		String holding = mvc.perform(get("/api/v1/public/bases.csv").param("text", bases.tag))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(holding.lines().count()).isEqualTo(2);
		mvc.perform(get("/api/v1/public/bases.csv").param("regionCode", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("registry.invalid.region"));
	}

	@Test
	void theJsonIsPagedWithItsTotalAndKeepsThePlaqueCodeToThePlaque() throws Exception {
		mvc.perform(get("/api/v1/public/bases").param("status", "ALL").param("text", bases.tag).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].number").value(active.number()))
			.andExpect(jsonPath("$.items[0].level").value("PROVINCIAL"))
			.andExpect(jsonPath("$.items[0].region").value("福建省 福州市 鼓楼区"))
			.andExpect(jsonPath("$.items[0].fields[1]").value("信息技术"))
			.andExpect(jsonPath("$.items[0].recognizedOn").value("2026-03-02"))
			.andExpect(jsonPath("$.items[0].holdsTitle").value(true))
			.andExpect(jsonPath("$.items[0].url").value("/public/bases/" + active.id()))
			.andExpect(jsonPath("$.items[0].verificationCode").doesNotExist())
			.andExpect(content().string(Matchers.not(Matchers.containsString(active.verificationCode()))));
		mvc.perform(get("/api/v1/public/bases/" + revoked.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.holdsTitle").value(false))
			.andExpect(jsonPath("$.statusChangedOn").value("2025-01-10"))
			.andExpect(jsonPath("$.statusReason").value("测试：REVOKED"));
		mvc.perform(get("/api/v1/public/bases/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/bases").param("level", "COUNTY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void theVerificationApiAnswersGenuineOrNot() throws Exception {
		mvc.perform(get("/api/v1/public/verify").param("code", active.verificationCode().toLowerCase(Locale.ROOT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.by").value("CODE"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.holdsTitle").value(true))
			.andExpect(jsonPath("$.verdict").value("该牌匾对应的继续教育基地经认定，称号有效。"))
			.andExpect(jsonPath("$.base.number").value(active.number()));
		mvc.perform(get("/api/v1/public/verify").param("number", revoked.number()))
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.by").value("NUMBER"))
			.andExpect(jsonPath("$.holdsTitle").value(false))
			.andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(get("/api/v1/public/verify").param("code", "NOSUCHCODE99"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(false))
			.andExpect(jsonPath("$.holdsTitle").value(false))
			.andExpect(jsonPath("$.base").doesNotExist())
			.andExpect(jsonPath("$.verdict").value(Matchers.containsString("NOSUCHCODE99")));
		mvc.perform(get("/api/v1/public/verify"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("registry.verify.empty"));
	}

	@Test
	void theHomePageAndTheMenuLeadToTheRegistry() throws Exception {
		assertThat(page("/")).contains("href=\"/public/bases\"", "href=\"/public/verify\"");
		assertThat(page("/public/calls")).contains("href=\"/public/bases\"");
	}

	@Test
	void everyStatusHasItsNameAndVerdictInBothLanguages() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (BaseStatus status : BaseStatus.values()) {
				for (String prefix : List.of("registry.status.", "registry.verdict.", "registry.verdictShort.", "registry.statusNote.")) {
					if (!(status == BaseStatus.ACTIVE && prefix.equals("registry.statusNote."))) {
						assertThat(messages.getMessage(prefix + status, null, null, locale)).as(prefix + status).isNotBlank();
					}
				}
			}
		}
	}
}
