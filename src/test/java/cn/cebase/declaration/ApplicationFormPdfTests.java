package cn.cebase.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import cn.cebase.CeBaseTest;
import cn.cebase.Scenarios;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionProfile;
import cn.cebase.policy.TrackKind;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * 申报表 as a PDF: NAT6's rows with what the institution wrote, Chinese in the embedded font, page
 * numbers, the recommender's part blank or filled, and pictures of the pages for a person to look at
 * (target/screenshots/).
 */
@CeBaseTest
class ApplicationFormPdfTests {

	private static final Logger log = LoggerFactory.getLogger(ApplicationFormPdfTests.class);

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String CALL_TITLE = "2026年福建省专业技术人员继续教育基地申报";

	@Autowired
	ApplicationFormPdf forms;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	Scenarios scenarios;

	Scenarios.OpenCall open;

	InstitutionProfile applicant;

	Declaration draft;

	@BeforeEach
	void aSchoolWithADraft() {
		open = scenarios.fujianCallOpenToANewSchool(CALL_TITLE);
		applicant = institutions.mine(open.school()).profile();
		draft = declarations.startDraft(open.school(), open.call().id(), TrackKind.REGULAR);
	}

	@Test
	void theFormReadsAsNat6sLayoutInTheEmbeddedFontWithPageNumbers() throws IOException {
		Declaration declaration = filled(longForm());
		byte[] pdf = forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.SIMPLIFIED_CHINESE);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			// labels wrap inside their cells: read the text without its line breaks
			String text = new PDFTextStripper().getText(document).replace("\n", "");
			assertThat(text).contains(applicant.name(), open.registration().creditCode(), CALL_TITLE, "申 报 表", "单位全称",
					"单位性质", "通讯地址", "联系人", "联系电话", "是否区域性或行业性专业技术人员继续教育基地", "概况（含培训设施及远程教学设施情况）",
					"培训师资", "培养培训重点领域专业技术人员情况", "管理制度", "基地建设规划", "组织保障机制", "基地建设绩效目标及专项经费使用计划",
					"主要培训领域和特色", "申报单位负责人签字", "以下由推荐单位填写", "与申报单位关系", "推荐理由", "推荐单位负责人签字",
					"推荐单位联系人", "基本数据", "教学场所可容纳人数");
			// what the school wrote, as written: its first and its last words, across pages
			assertThat(text).contains("本单位成立于", "（全文完）", "测试路1号", "赵老师", "0591-87654321");
			assertThat(text).contains("第 2 页 共 " + pages + " 页", "第 " + pages + " 页 共 " + pages + " 页");
			List<String> fonts = fontNames(document);
			assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("Noto"));
		}
	}

	@Test
	void theRecommendersAnswersFillItsPart() throws IOException {
		Declaration declaration = filled(longForm());
		RecommenderSection recommender = new RecommenderSection("福州市人力资源和社会保障局", true, "已建设市级继续教育基地 12 家",
				"业务指导关系", "该单位近3年承担我局委托的专业技术人员继续教育任务 9 项，培训 4200 人次。\n审核意见：申报材料真实、完整。",
				"陈科长", "0591-83333333", LocalDate.of(2026, 3, 2));
		String text = text(forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, recommender,
				Locale.SIMPLIFIED_CHINESE)).replace("\n", "");
		assertThat(text).contains("福州市人力资源和社会保障局", "已建设市级继续教育基地 12 家", "业务指导关系", "委托的专业技术人员继续教育任务 9 项",
				"审核意见：申报材料真实、完整。", "陈科长", "0591-83333333", "2026年3月2日");
	}

	@Test
	void emptyAnswersShowADashAndTypedTextIsEscaped() throws IOException {
		Declaration declaration = filled(new DeclarationForm("<b>事业单位</b> & \"其他\"", null, null, "  \n", "含控制字符\u000B的文本",
				null, null, null, null, null, null, null, null, null, List.of(), null, List.of()));
		String xhtml = forms.xhtml(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.SIMPLIFIED_CHINESE);
		assertThat(xhtml).contains("&lt;b&gt;事业单位&lt;/b&gt; &amp; &quot;其他&quot;", "含控制字符的文本")
			.doesNotContain("<b>事业单位", "\u000B");
		String text = text(forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.SIMPLIFIED_CHINESE));
		assertThat(text).contains("<b>事业单位</b> & \"其他\"", "含控制字符的文本");
		// overview, key-field training, management, the three plan rows, and every figure are empty
		assertThat(text.chars().filter(c -> c == '—').count()).isGreaterThanOrEqualTo(12);
	}

	@Test
	void theFormIsInTheLanguageAskedFor() throws IOException {
		Declaration declaration = filled(longForm());
		String text = text(forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.ENGLISH)).replaceAll("\\s+", " ");
		assertThat(text).contains("Application Form", "Full name of the unit", "Base development plan",
				"To be completed by the recommender", "Page 2 of");
		assertThat(text).doesNotContain("单位全称", "第 2 页");
	}

	@Test
	void picturesOfThePagesForAPersonToLookAt() throws Exception {
		File pdftoppm = new File("/usr/bin/pdftoppm");
		Assumptions.assumeTrue(pdftoppm.canExecute(), "pdftoppm (poppler-utils) is not installed");
		Declaration declaration = filled(longForm());
		Files.createDirectories(SCREENSHOTS);
		Path blank = SCREENSHOTS.resolve("application-form.pdf");
		// the XHTML the PDF is made from, to look into when a page looks wrong
		Files.writeString(SCREENSHOTS.resolve("application-form.xhtml"), forms.xhtml(declaration, applicant,
				open.registration().creditCode(), CALL_TITLE, null, Locale.SIMPLIFIED_CHINESE));
		Files.write(blank, forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.SIMPLIFIED_CHINESE));
		Path recommended = SCREENSHOTS.resolve("application-form-recommended.pdf");
		Files.write(recommended, forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE,
				new RecommenderSection("福州市人力资源和社会保障局", false, null, "属地管理", "同意推荐。".repeat(40), "陈科长",
						"0591-83333333", LocalDate.of(2026, 3, 2)),
				Locale.SIMPLIFIED_CHINESE));
		// the longest a section may be, and a word with no place to break in a narrow cell
		Declaration extreme = filled(extremeForm());
		Path extremes = SCREENSHOTS.resolve("application-form-extremes.pdf");
		Files.write(extremes, forms.render(extreme, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.SIMPLIFIED_CHINESE));
		Path english = SCREENSHOTS.resolve("application-form-en.pdf");
		Files.write(english, forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
				Locale.ENGLISH));
		for (Path pdf : List.of(blank, recommended, english, extremes)) {
			String prefix = pdf.toString().replace(".pdf", "");
			Process process = new ProcessBuilder(pdftoppm.getPath(), "-r", "60", "-png", pdf.toString(), prefix)
				.redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			int pages;
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
				pages = document.getNumberOfPages();
			}
			for (int page = 1; page <= pages; page++) {
				// pdftoppm pads the page number to the width of the last one
				Path png = Path.of(prefix + "-" + String.format("%0" + String.valueOf(pages).length() + "d", page) + ".png");
				assertThat(png).exists();
				// a blank A4 page at 60 dpi is a few hundred bytes; a page with a form is kilobytes
				assertThat(Files.size(png)).as(png.toString()).isGreaterThan(5_000);
			}
		}
	}

	@Test
	void aTypicalFormIsTimed() {
		Declaration declaration = filled(typicalForm());
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Long> millis = new ArrayList<>();
		List<Long> cpuMillis = new ArrayList<>();
		int pages = 0;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			byte[] pdf = forms.render(declaration, applicant, open.registration().creditCode(), CALL_TITLE, null,
					Locale.SIMPLIFIED_CHINESE);
			millis.add((System.nanoTime() - start) / 1_000_000);
			cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				pages = document.getNumberOfPages();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		// measured, not asserted: the machine's load decides
		log.info("application form of {} pages rendered in {} ms, {} ms of CPU (the first call loads the font)", pages,
				millis, cpuMillis);
		assertThat(pages).isEqualTo(3);
	}

	private Declaration filled(DeclarationForm form) {
		return declarations.saveDraft(open.school(), draft.id(), form, null);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static List<String> fontNames(PDDocument document) throws IOException {
		List<String> names = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				names.add(page.getResources().getFont(name).getName());
			}
		}
		return names;
	}

	/** Sections of the length a school writes when it takes the form seriously: several pages. */
	static DeclarationForm longForm() {
		String overview = "　　本单位成立于2003年，是经福州市人力资源和社会保障局批准设立的职业技能培训学校，现有教学场地 3200 平方米，"
				+ "多媒体教室 12 间，可同时容纳 600 人培训。\n　　远程教学方面，建有在线学习平台（https://learning.example.cn/platform/continuing-education/portal），"
				+ "具备网上报名、网络学习、在线考试、审核验证和用户管理功能，年在线学习人数超过 8000 人次。"
				+ "近三年累计培训专业技术人员 3.6 万人次，覆盖先进制造、数字经济、现代农业等重点领域。".repeat(6);
		String teachers = "　　现有专兼职师资 186 人，其中正高级职称 32 人、副高级职称 71 人；外聘高校和企业专家 45 人。"
				+ "师资库实行动态管理，每年组织教学评估，评估结果与聘任挂钩。".repeat(4);
		String keyFields = "　　围绕《中国制造2025》十大重点领域，近三年开展高级研修、急需紧缺人才培训和岗位培训共计 214 期，"
				+ "其中新一代信息技术 58 期、高档数控机床和机器人 41 期、节能与新能源汽车 33 期。".repeat(12);
		String management = "　　制定了《培训项目管理办法》《学员管理规定》《经费使用管理办法》《师资管理办法》等 14 项制度。\n"
				+ "　　1. 培训需求调研制度；\n　　2. 培训质量评估制度；\n　　3. 学时登记与证书管理制度；\n　　4. 收费公示制度。";
		String support = "　　成立由院长任组长的基地建设领导小组，下设办公室负责日常工作。".repeat(5);
		String targets = "　　三年内年培训专业技术人员不少于 1.5 万人次；专项经费 500 万元，其中课程开发 180 万元、平台建设 150 万元、"
				+ "师资培养 90 万元、实训设备 80 万元。".repeat(8) + "（全文完）";
		String fields = "　　主要培训领域：智能制造、工业互联网、数字经济。特色：产教融合、校企共建实训基地。".repeat(3);
		return new DeclarationForm("民办非企业单位", true, "福建省行业性专业技术人员继续教育基地（2019年认定）", overview, teachers, keyFields,
				management, support, targets, fields, "新一代信息技术", true, 600, 12, List.of(3100, 3400, 3600), true,
				List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理"));
	}

	/** Every section at its longest, and unbroken strings where the cells are narrow. */
	static DeclarationForm extremeForm() {
		String longest = ("　　" + "专业技术人员继续教育基地建设规划与实施方案，培训设施完善。".repeat(12) + "\n").repeat(15)
			.substring(0, DeclarationManagement.SECTION_MAX);
		String unbroken = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".repeat(4);
		return new DeclarationForm(unbroken, true, unbroken, longest, "—", longest, null, null, null, null, unbroken, null,
				null, null, List.of(), null, List.of());
	}

	/** A form of moderate length: three pages with the cover. */
	static DeclarationForm typicalForm() {
		String paragraph = "　　本单位围绕专业技术人员知识更新需要，组织开展继续教育培训，制度健全，管理规范，培训质量稳步提升。\n";
		return new DeclarationForm("事业单位", false, null, paragraph.repeat(2), paragraph, paragraph, paragraph, paragraph,
				paragraph, paragraph, "新一代信息技术", true,
				300, 8, List.of(1100, 1200, 1300), true, List.of("网上报名", "网络学习"));
	}
}
