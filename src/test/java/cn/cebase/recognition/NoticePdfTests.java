package cn.cebase.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.base.BaseView;
import cn.cebase.base.PlaquePdfTests;
import cn.cebase.base.TestBases;
import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 公布 (FJ 第九条, ZB 第十条, NAT6 三(四)): the notice of a call's recognised bases — a heading from
 * the call, the authority and date, each base's number, name, region and fields, and for national
 * bases the subsidy; nothing to publish before the call has recognised a base.
 */
@CeBaseTest
class NoticePdfTests {

	@Autowired
	NoticePdf notices;

	@Autowired
	TestBases bases;

	@Autowired
	Scenarios scenarios;

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theNoticeListsEveryBaseOfTheCallWithItsNumberNameRegionAndFields() throws IOException {
		Call call = fujianCall("第六批");
		long fujian = scenarios.organization("hrss-350000");
		List<BaseView> recognised = new ArrayList<>();
		String[][] schools = { { "福州职业技术学院", "350102" }, { "厦门大学继续教育学院", "350203" }, { "泉州市技师学院", "350503" },
				{ "福建医科大学继续教育学院", "350104" } };
		for (String[] school : schools) {
			recognised.add(bases.insert("闽继基〔{year}〕{seq}号", null, school[0], ProfileLevel.PROVINCIAL, fujian, school[1],
					call.id(), LocalDate.of(2026, 12, 8), null, List.of("卫生健康", "智能制造")));
		}
		// another call's base stays out of this notice
		BaseView elsewhere = bases.insert("闽继基〔{year}〕{seq}号", null, "漳州其他批次学校", ProfileLevel.PROVINCIAL, fujian, "350602",
				fujianCall(null).id(), LocalDate.of(2026, 12, 8), null, List.of("卫生健康"));

		try (PDDocument document = Loader.loadPDF(notices.render(call.id(), Locale.SIMPLIFIED_CHINESE))) {
			String text = new PDFTextStripper().getText(document).replace("\n", "");
			assertThat(text).contains("关于认定2026年第六批福建省专业技术人员继续教育基地的通知", "各有关单位：",
					"根据" + call.details().title() + "工作安排", "认定以下4家单位为福建省专业技术人员继续教育基地",
					"福建省人力资源和社会保障厅", "2026年12月8日", "福建省专业技术人员继续教育基地名单", "序号", "基地编号", "单位名称",
					"所在地区", "培训领域", "福州市 鼓楼区", "厦门市 思明区", "卫生健康、智能制造", "第 1 页 共 1 页");
			for (BaseView base : recognised) {
				assertThat(text).contains(base.number(), base.name());
			}
			assertThat(text).doesNotContain(elsewhere.number(), elsewhere.name(), "资助金额");
		}
	}

	@Test
	void aNationalNoticeShowsTheSubsidyGrantedInYuan() throws IOException {
		Call call = nationalCall();
		long authority = scenarios.organization("mohrss");
		BaseView granted = bases.insert("国继基〔{year}〕{seq}号", null, "清华大学继续教育学院", ProfileLevel.NATIONAL, authority, "110108",
				call.id(), LocalDate.of(2026, 12, 1), 5_000_000L, List.of("人工智能"));
		BaseView none = bases.insert("国继基〔{year}〕{seq}号", null, "中国石油大学（华东）继续教育学院", ProfileLevel.NATIONAL, authority,
				"370211", call.id(), LocalDate.of(2026, 12, 1), null, List.of("能源化工"));

		String text = PlaquePdfTests.text(notices.render(call.id(), Locale.SIMPLIFIED_CHINESE)).replace("\n", "");
		assertThat(text).contains("关于认定2026年国家级专业技术人员继续教育基地的通知", "人力资源社会保障部", "资助金额（元）",
				"5,000,000", granted.number(), granted.name(), none.number(), none.name(), "北京市 海淀区", "山东省 青岛市 黄岛区");
	}

	@Test
	void theNoticeIsDatedTheDayTheCallRecognisedItsBasesNotByTheBasesOwnDates() throws IOException {
		Call call = fujianCall("第八批");
		long fujian = scenarios.organization("hrss-350000");
		// a re-confirmed base keeps the day it was first recognised
		BaseView kept = bases.insert("闽继基〔{year}〕{seq}号", null, "龙岩市继续教育培训中心", ProfileLevel.PROVINCIAL, fujian, "350802",
				call.id(), LocalDate.of(2020, 6, 1), null, List.of("现代农业"));
		// recognised on 15 January in Beijing time, still the 14th in UTC
		jdbc.sql("insert into publicity (call_id, days, starts_on, ends_on, started_by, started_at, recognized_at)"
				+ " values (?, 5, date '2027-01-04', date '2027-01-08', 1, timestamptz '2027-01-04 09:00+08',"
				+ " timestamptz '2027-01-15 00:30+08')")
			.param(call.id())
			.update();

		String text = PlaquePdfTests.text(notices.render(call.id(), Locale.SIMPLIFIED_CHINESE)).replace("\n", "");
		assertThat(text).contains(kept.number(), "2027年1月15日").doesNotContain("2020年6月1日");
	}

	@Test
	void nothingIsPublishedBeforeACallHasRecognisedBasesNorForADraft() {
		Call empty = fujianCall("第七批");
		assertThatThrownBy(() -> notices.render(empty.id(), Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> notices.render(Long.MAX_VALUE, Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));

		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		Call draft = calls.create(fujian, "FJ", new CallDetails("福建草稿批次", 2026, null, "通知", Instant.now().minusSeconds(60),
				Instant.now().plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()));
		bases.insert("闽继基〔{year}〕{seq}号", null, "草稿批次的学校", ProfileLevel.PROVINCIAL, scenarios.organization("hrss-350000"),
				"350102", draft.id(), LocalDate.of(2026, 12, 8), null, List.of("卫生健康"));
		assertThatThrownBy(() -> notices.render(draft.id(), Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
	}

	@Test
	void aPictureOfTheNoticeForAPersonToLookAt() throws Exception {
		File pdftoppm = new File("/usr/bin/pdftoppm");
		Assumptions.assumeTrue(pdftoppm.canExecute(), "pdftoppm (poppler-utils) is not installed");
		Call call = fujianCall("第六批");
		long fujian = scenarios.organization("hrss-350000");
		String[][] schools = { { "福州职业技术学院", "350102" }, { "厦门大学继续教育学院", "350203" }, { "泉州市技师学院", "350503" },
				{ "福建医科大学继续教育学院", "350104" }, { "莆田市卫生健康职业培训中心", "350302" },
				{ "三明市专业技术人员继续教育培训中心（三明市人才发展服务中心）", "350404" } };
		for (String[] school : schools) {
			bases.insert("闽继基〔{year}〕{seq}号", null, school[0], ProfileLevel.PROVINCIAL, fujian, school[1], call.id(),
					LocalDate.of(2026, 12, 8), null, List.of("卫生健康", "智能制造", "数字经济"));
		}
		Call national = nationalCall();
		bases.insert("国继基〔{year}〕{seq}号", null, "清华大学继续教育学院", ProfileLevel.NATIONAL, scenarios.organization("mohrss"),
				"110108", national.id(), LocalDate.of(2026, 12, 1), 5_000_000L, List.of("人工智能", "集成电路"));
		bases.insert("国继基〔{year}〕{seq}号", null, "中国石油大学（华东）继续教育学院", ProfileLevel.NATIONAL,
				scenarios.organization("mohrss"), "370211", national.id(), LocalDate.of(2026, 12, 1), null, List.of("能源化工"));
		Files.createDirectories(PlaquePdfTests.SCREENSHOTS);
		for (var notice : List.of(java.util.Map.entry("notice", call), java.util.Map.entry("notice-national", national))) {
			Path pdf = PlaquePdfTests.SCREENSHOTS.resolve(notice.getKey() + ".pdf");
			Files.write(pdf, notices.render(notice.getValue().id(), Locale.SIMPLIFIED_CHINESE));
			String prefix = PlaquePdfTests.SCREENSHOTS.resolve(notice.getKey()).toString();
			Process process = new ProcessBuilder(pdftoppm.getPath(), "-r", "80", "-png", "-singlefile", pdf.toString(), prefix)
				.redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(Files.size(Path.of(prefix + ".png"))).isGreaterThan(10_000);
		}
	}

	/** A published MOHRSS call under NAT6. */
	private Call nationalCall() {
		CurrentUser mohrss = Fixtures.user(users, "mohrss");
		Call draft = calls.create(mohrss, "NAT6", new CallDetails("2026年国家级专业技术人员继续教育基地申报", 2026, null, "通知",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()));
		return calls.publish(mohrss, draft.id(), null);
	}

	/** A published FJ call of 2026 with the batch name given (or none). */
	private Call fujianCall(String batch) {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		Call draft = calls.create(fujian, "FJ", new CallDetails("2026年福建省专业技术人员继续教育基地申报", 2026, batch, "各有关单位：",
				Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(10)), List.of(TrackKind.REGULAR), List.of()));
		return calls.publish(fujian, draft.id(), null);
	}
}
