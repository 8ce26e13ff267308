package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.PrintedQrCodes;
import cn.cebase.Scenarios;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.shared.BusinessException;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 牌匾 (ZB 第十条, FJ 第九条): the title by level and region, the institution, number, fields,
 * authority and date on one landscape page, and a QR code that decodes to the verification link;
 * only for the recognising authority (and above) and the base's own institution, never for a base
 * that lost its title. Pictures for a person to look at go to target/screenshots/.
 */
@CeBaseTest
public class PlaquePdfTests {

	public static final Path SCREENSHOTS = Path.of("target/screenshots");

	@Autowired
	PlaquePdf plaques;

	@Autowired
	TestBases bases;

	@Autowired
	Scenarios scenarios;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Value("${cebase.public-url}")
	String publicUrl;

	CurrentUser fujian;

	Scenarios.OpenCall open;

	BaseView base;

	@BeforeEach
	void aFujianBaseOfANewSchool() {
		fujian = Fixtures.user(users, "fj.authority");
		open = scenarios.fujianCallOpenToANewSchool("2026年福建省专业技术人员继续教育基地申报");
		base = schoolsBase();
	}

	private BaseView schoolsBase() {
		return bases.insert("闽继基〔{year}〕{seq}号", institutions.mine(open.school()).id(), open.registration().name(),
				ProfileLevel.PROVINCIAL, scenarios.organization("hrss-350000"), "350102", open.call().id(),
				LocalDate.of(2026, 11, 25), null, List.of("智能制造", "卫生健康"));
	}

	@Test
	void theCertificateNamesTheBaseOnOneLandscapePageAndItsQrOpensTheVerificationPage() throws Exception {
		byte[] pdf = plaques.render(fujian, base.id(), Locale.SIMPLIFIED_CHINESE);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDPage page = document.getPage(0);
			assertThat(page.getMediaBox().getWidth()).as("landscape A4").isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("福建省专业技术人员继续教育基地", open.registration().name(), base.number(), "基地编号",
					"智能制造、卫生健康", "福建省人力资源和社会保障厅", "2026年11月25日", "核验码 " + base.verificationCode());
			String link = publicUrl + "/public/verify/" + base.verificationCode();
			assertThat(PrintedQrCodes.readPure(onlyImage(page)).getText()).as("the embedded QR image").isEqualTo(link);
			// and as printed: the page drawn, the QR code found in its bottom-left corner
			assertThat(PrintedQrCodes.read(document)).as("the QR code on the printed page").isEqualTo(link);
		}
	}

	@Test
	void theTitleFollowsTheLevelAndTheRecognisingAuthoritysRegion() throws IOException {
		BaseView national = bases.insert("国继基〔{year}〕{seq}号", null, "中国科学院大学继续教育学院", ProfileLevel.NATIONAL,
				scenarios.organization("mohrss"), "110108", null, LocalDate.of(2026, 6, 1), 5_000_000L, List.of("人工智能"));
		assertThat(text(plaques.render(Fixtures.user(users, "mohrss"), national.id(), Locale.SIMPLIFIED_CHINESE)))
			.contains("国家级专业技术人员继续教育基地", "人力资源社会保障部", "2026年6月1日")
			.doesNotContain("福建省专业技术人员");

		BaseView zibo = bases.insert("淄继基〔{year}〕{seq}号", null, "淄博职业学院", ProfileLevel.MUNICIPAL,
				scenarios.organization("hrss-370300"), "370303", null, LocalDate.of(2026, 3, 9), null, List.of("先进制造"));
		assertThat(text(plaques.render(Fixtures.user(users, "zb.authority"), zibo.id(), Locale.SIMPLIFIED_CHINESE)))
			.contains("淄博市专业技术人员继续教育基地", "淄博职业学院", zibo.number(), "淄博市人力资源和社会保障局");

		assertThat(plaques.xhtml(base, Locale.ENGLISH))
			.contains("福建省 Continuing Education Base for Professional and Technical Personnel", "25 November 2026",
					"Base number");
	}

	@Test
	void theRecognisingAuthorityThoseAboveItAndTheBasesOwnInstitutionGetThePlaque() throws IOException {
		for (String username : List.of("fj.authority", "mohrss")) {
			assertThat(text(plaques.render(Fixtures.user(users, username), base.id(), Locale.SIMPLIFIED_CHINESE)))
				.as(username).contains(base.number());
		}
		assertThat(text(plaques.render(open.school(), base.id(), Locale.SIMPLIFIED_CHINESE))).contains(base.number());
	}

	@Test
	void everyoneElseIsToldThereIsNoSuchBase() {
		// another province, a city below the recognising authority, another school, other roles, nobody
		List<CurrentUser> others = new ArrayList<>(List.of(Fixtures.user(users, "sd.authority"),
				Fixtures.user(users, "fj.fuzhou"), Fixtures.user(users, "expert"), Fixtures.user(users, "learner"),
				Fixtures.user(users, "inst.fj"), scenarios.anotherSchoolInFuzhou()));
		for (CurrentUser other : others) {
			assertThatThrownBy(() -> plaques.render(other, base.id(), Locale.SIMPLIFIED_CHINESE)).as(other.getUsername())
				.isInstanceOfSatisfying(BusinessException.class,
						ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		}
		assertThatThrownBy(() -> plaques.render(null, base.id(), Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> plaques.render(fujian, Long.MAX_VALUE, Locale.SIMPLIFIED_CHINESE))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
	}

	@Test
	void aBaseThatLostItsTitleGetsNoPlaqueButOneUnderRectificationStillDoes() throws IOException {
		assertThat(text(plaques.render(fujian, bases.withStatus(base, BaseStatus.RECTIFYING).id(), Locale.SIMPLIFIED_CHINESE)))
			.contains(base.number());
		// each loss is final, so each on a base of its own
		for (BaseStatus lost : List.of(BaseStatus.REVOKED, BaseStatus.CANCELLED, BaseStatus.LAPSED)) {
			BaseView gone = bases.withStatus(schoolsBase(), lost);
			for (CurrentUser asker : List.of(fujian, open.school())) {
				assertThatThrownBy(() -> plaques.render(asker, gone.id(), Locale.SIMPLIFIED_CHINESE)).as(lost + " " + asker)
					.isInstanceOfSatisfying(BusinessException.class, ex -> {
						assertThat(ex.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
						assertThat(ex.messageKey()).isEqualTo("plaque.noTitle." + lost.name());
						assertThat(ex.args()).containsExactly(gone.number());
					});
			}
		}
	}

	@Test
	void aLongNameAndManyFieldsStillFitOnePage() throws IOException {
		BaseView crowded = crowded();
		try (PDDocument document = Loader.loadPDF(plaques.render(fujian, crowded.id(), Locale.SIMPLIFIED_CHINESE))) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replace("\n", "");
			assertThat(text).contains("中心", "交通运输", crowded.number(), "核验码 " + crowded.verificationCode());
		}
	}

	@Test
	void picturesOfThePlaqueForAPersonToLookAt() throws Exception {
		File pdftoppm = new File("/usr/bin/pdftoppm");
		Assumptions.assumeTrue(pdftoppm.canExecute(), "pdftoppm (poppler-utils) is not installed");
		Files.createDirectories(SCREENSHOTS);
		BaseView national = bases.insert("国继基〔{year}〕{seq}号", null, "中国科学院大学继续教育学院", ProfileLevel.NATIONAL,
				scenarios.organization("mohrss"), "110108", null, LocalDate.of(2026, 6, 1), 5_000_000L,
				List.of("人工智能", "集成电路"));
		Map<String, byte[]> pdfs = Map.of("plaque-provincial", plaques.render(fujian, base.id(), Locale.SIMPLIFIED_CHINESE),
				"plaque-national", plaques.render(Fixtures.user(users, "mohrss"), national.id(), Locale.SIMPLIFIED_CHINESE),
				"plaque-crowded", plaques.render(fujian, crowded().id(), Locale.SIMPLIFIED_CHINESE));
		for (var entry : pdfs.entrySet()) {
			Path pdf = SCREENSHOTS.resolve(entry.getKey() + ".pdf");
			Files.write(pdf, entry.getValue());
			String prefix = SCREENSHOTS.resolve(entry.getKey()).toString();
			Process process = new ProcessBuilder(pdftoppm.getPath(), "-r", "80", "-png", "-singlefile", pdf.toString(), prefix)
				.redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			assertThat(Path.of(prefix + ".png")).exists();
			assertThat(Files.size(Path.of(prefix + ".png"))).isGreaterThan(10_000);
		}
	}

	/** A name of 200 characters, the column's limit, and eighteen fields. */
	private BaseView crowded() {
		return bases.insert("闽继基〔{year}〕{seq}号", null, "福建省" + "某某行业协会职业技能培训".repeat(16) + "某某会" + "中心",
				ProfileLevel.PROVINCIAL, scenarios.organization("hrss-350000"), "350102", null, LocalDate.of(2026, 11, 25),
				null, List.of("智能制造", "卫生健康", "数字经济", "现代农业", "海洋经济", "文化旅游", "生态环境", "新能源", "新材料",
						"生物医药", "集成电路", "人工智能", "工程建设", "金融财会", "教育教学", "社会工作", "应急管理", "交通运输"));
	}

	public static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static BufferedImage onlyImage(PDPage page) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		for (COSName name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
				images.add(image.getImage());
			}
		}
		assertThat(images).hasSize(1);
		return images.get(0);
	}
}
