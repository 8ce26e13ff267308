package cn.cebase.base;

import static cn.cebase.base.BaseFixtures.newNumber;
import static cn.cebase.base.BaseFixtures.row;
import static cn.cebase.base.BaseFixtures.with;
import static cn.cebase.base.BaseFixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.shared.BusinessException;
import cn.idev.excel.FastExcel;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 原认定基地导入 (SD 附件3): an authority's earlier bases come in from Excel at its profile's level,
 * every wrong cell reported by row and column and nothing imported until the file is right.
 */
@CeBaseTest
class BaseImportTests {

	@Autowired
	BaseImport imports;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	CurrentUser user(String username) {
		return Fixtures.user(users, username);
	}

	@Test
	void importedBasesHaveTheProfilesLevelAndAreLinkedToARegisteredInstitution() {
		CurrentUser shandong = user("sd.authority");
		var registration = Fixtures.registration("淄博职业学院" + System.nanoTime() % 10000, "370303");
		Institution registered = institutions.register(registration);
		String unregistered = Fixtures.newCreditCode();
		String first = newNumber();
		String second = newNumber();

		BaseImport.ImportReport report = imports.importExcel(shandong, xlsx(List.of(
				row(first, "淄博职业学院", registration.creditCode().toLowerCase()),
				with(with(row(second, "山东轻工业学院", unregistered), "fields", "轻工、食品；生物"), "regionCode", "370102"))));

		assertThat(report.problems()).isEmpty();
		assertThat(report.rows()).isEqualTo(2);
		assertThat(report.imported()).extracting(BaseView::number).containsExactly(first, second);
		BaseView linked = report.imported().get(0);
		assertThat(linked.institutionId()).isEqualTo(registered.id());
		assertThat(linked.creditCode()).isEqualTo(registration.creditCode());
		assertThat(linked.level()).isEqualTo(ProfileLevel.PROVINCIAL);
		assertThat(linked.authorityName()).isEqualTo("山东省人力资源和社会保障厅");
		assertThat(linked.status()).isEqualTo(BaseStatus.ACTIVE);
		assertThat(linked.source()).isEqualTo(BaseView.Source.IMPORTED);
		assertThat(linked.recognizedOn()).isEqualTo(LocalDate.of(2016, 12, 20));
		assertThat(linked.regionName()).isEqualTo("张店区");
		assertThat(linked.fields()).containsExactly("智能制造", "新材料");
		assertThat(linked.verificationCode()).hasSize(16).matches("[" + VerificationCodes.ALPHABET + "]{16}");
		BaseView unlinked = report.imported().get(1);
		assertThat(unlinked.institutionId()).isNull();
		assertThat(unlinked.fields()).containsExactly("轻工", "食品", "生物");
		assertThat(unlinked.verificationCode()).isNotEqualTo(linked.verificationCode());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'base.import' and target_id = ?")
			.param(String.valueOf(linked.id())).query(Long.class).single()).isEqualTo(1);

		// a municipal authority's bases are municipal
		BaseView zibo = imports.importRows(user("zb.authority"), BaseFixtures.rows(row(newNumber(), "淄博市技师学院",
				Fixtures.newCreditCode()))).imported().get(0);
		assertThat(zibo.level()).isEqualTo(ProfileLevel.MUNICIPAL);
	}

	@Test
	void aWrongFileIsReportedByRowAndColumnAndNothingIsImported() {
		CurrentUser shandong = user("sd.authority");
		String taken = newNumber();
		imports.importRows(shandong, BaseFixtures.rows(row(taken, "山东建筑大学", Fixtures.newCreditCode())));
		String good = newNumber();
		String twice = newNumber();
		String sharedCode = Fixtures.newCreditCode();

		BaseImport.ImportReport report = imports.importExcel(shandong, xlsx(List.of(
				row(good, "山东交通学院", Fixtures.newCreditCode()),
				with(with(row(taken, "", "91350100M000100Y44"), "regionCode", "220102"), "recognizedOn", "2016年13月1日"),
				with(row(twice, "青岛大学", sharedCode), "regionCode", "379999"),
				with(with(row(twice, "青岛大学（重复）", sharedCode), "recognizedOn", LocalDate.now().plusDays(3).toString()),
						"contactPhone", "call me"),
				with(row(newNumber(), "烟台大学", "12345"), "recognizedOn", ""))));

		assertThat(report.rows()).isEqualTo(5);
		assertThat(report.imported()).isEmpty();
		assertThat(report.problems()).extracting(BaseImport.RowProblem::row, BaseImport.RowProblem::column,
				BaseImport.RowProblem::messageKey)
			.containsExactlyInAnyOrder(tuple(3, "number", "base.number.taken"), tuple(3, "name", "validation.required"),
					tuple(3, "creditCode", "creditCode.checksum"), tuple(3, "regionCode", "base.region.outside"),
					tuple(3, "recognizedOn", "base.recognizedOn.invalid"), tuple(4, "regionCode", "base.region.unknown"),
					tuple(5, "number", "base.import.numberTwice"), tuple(5, "creditCode", "base.import.creditCodeTwice"),
					tuple(5, "recognizedOn", "validation.notInFuture"), tuple(5, "contactPhone", "validation.phone"),
					tuple(6, "creditCode", "creditCode.length"), tuple(6, "recognizedOn", "validation.required"));
		// as a person reads the sheet: row by row, left to right, each with its cell
		assertThat(report.problems()).extracting(BaseImport.RowProblem::cell)
			.containsExactly("A3", "B3", "C3", "D3", "E3", "D4", "A5", "C5", "E5", "I5", "C6", "E6");
		assertThat(report.problems()).filteredOn(p -> p.messageKey().equals("base.import.numberTwice"))
			.singleElement()
			.satisfies(p -> assertThat(p.args()).containsExactly(4));
		assertThat(report.problems()).filteredOn(p -> p.messageKey().equals("base.region.outside"))
			.singleElement()
			.satisfies(p -> assertThat(p.args()).containsExactly("220102", "山东省"));
		// the good row did not come in alone
		assertThat(numberExists(good)).isFalse();
		assertThat(numberExists(twice)).isFalse();
	}

	@Test
	void importingTheSameFileTwiceDoublesNothing() {
		CurrentUser shandong = user("sd.authority");
		String code = Fixtures.newCreditCode();
		byte[] file = xlsx(List.of(row(newNumber(), "聊城大学", code)));
		assertThat(imports.importExcel(shandong, file).imported()).hasSize(1);

		BaseImport.ImportReport again = imports.importExcel(shandong, file);
		assertThat(again.imported()).isEmpty();
		assertThat(again.problems()).extracting(BaseImport.RowProblem::column, BaseImport.RowProblem::messageKey)
			.containsExactlyInAnyOrder(tuple("number", "base.number.taken"), tuple("creditCode", "base.creditCode.alreadyHolds"));
		assertThat(jdbc.sql("select count(*) from base where credit_code = ?").param(code).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void onlyAnAuthorityWithAProfileImportsAndEachSeesOnlyItsOwnBases() {
		String number = newNumber();
		imports.importRows(user("sd.authority"), BaseFixtures.rows(row(number, "齐鲁工业大学", Fixtures.newCreditCode())));
		assertThat(imports.ofMyAuthority(user("sd.authority"))).extracting(BaseView::number).contains(number);
		// another authority does not see them, not even the city bureau below
		assertThat(imports.ofMyAuthority(user("fj.authority"))).extracting(BaseView::number).doesNotContain(number);
		assertThat(imports.ofMyAuthority(user("sd.jinan"))).extracting(BaseView::number).doesNotContain(number);

		byte[] file = xlsx(List.of(row(newNumber(), "济南职业学院", Fixtures.newCreditCode())));
		assertThatThrownBy(() -> imports.importExcel(user("inst.zb"), file)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
		assertThatThrownBy(() -> imports.ofMyAuthority(user("inst.zb"))).isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> imports.importExcel(user("sd.edu"), file)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
		// 济南's bureau is an authority but no profile is its own: the level of its bases is unknown
		assertThat(imports.levelOf(user("sd.jinan"))).isEmpty();
		assertThatThrownBy(() -> imports.importExcel(user("sd.jinan"), file)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("base.import.noProfile"));
	}

	@Test
	void aRegionOutsideTheCityIsRefusedToAMunicipalAuthority() {
		BaseImport.ImportReport report = imports.importRows(user("zb.authority"),
				BaseFixtures.rows(with(row(newNumber(), "济南某培训中心", Fixtures.newCreditCode()), "regionCode", "370102")));
		assertThat(report.problems()).extracting(BaseImport.RowProblem::row, BaseImport.RowProblem::column,
				BaseImport.RowProblem::messageKey)
			.containsExactly(tuple(2, "regionCode", "base.region.outside"));
	}

	@Test
	void aFileThatIsNotASpreadsheetOrHoldsNoRowsIsRefusedBesideTheFile() {
		CurrentUser shandong = user("sd.authority");
		assertThatThrownBy(() -> imports.importExcel(shandong, "not a spreadsheet".getBytes()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.field()).isEqualTo("file");
				assertThat(ex.messageKey()).isEqualTo("base.import.unreadable");
			});
		assertThatThrownBy(() -> imports.importExcel(shandong, xlsx(List.of())))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("base.import.empty"));
	}

	@Test
	void aRealDateCellAndABlankRowBetweenEntriesAreRead() {
		String number = newNumber();
		String later = newNumber();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// a spreadsheet as an office program saves it: a date cell, not text, and a row left empty
		FastExcel.write(out)
			.head(BaseImport.COLUMNS.stream().map(List::of).toList())
			.sheet("基地")
			.doWrite(List.of(
					List.<Object>of(number, "山东科技大学", Fixtures.newCreditCode(), "370303",
							LocalDate.of(2016, 12, 20).atStartOfDay(), "", "", "", ""),
					List.<Object>of("", "", "", "", "", "", "", "", ""),
					List.<Object>of(later, "", Fixtures.newCreditCode(), "370303", "2017-01-05", "", "", "", "")));
		BaseImport.ImportReport report = imports.importExcel(user("sd.authority"), out.toByteArray());
		// the third data row is reported as the sheet's row 4, not as the second entry
		assertThat(report.problems()).extracting(BaseImport.RowProblem::row, BaseImport.RowProblem::column)
			.containsExactly(tuple(4, "name"));

		out.reset();
		FastExcel.write(out)
			.head(BaseImport.COLUMNS.stream().map(List::of).toList())
			.sheet("基地")
			.doWrite(List.of(List.<Object>of(number, "山东科技大学", Fixtures.newCreditCode(), "370303",
					LocalDate.of(2016, 12, 20).atStartOfDay(), "", "", "", "")));
		assertThat(imports.importExcel(user("sd.authority"), out.toByteArray()).imported()).singleElement()
			.satisfies(b -> assertThat(b.recognizedOn()).isEqualTo(LocalDate.of(2016, 12, 20)));
	}

	@Test
	void datesAreReadAsPeopleWriteThem() {
		assertThat(BaseImport.date("2016-12-20")).isEqualTo(LocalDate.of(2016, 12, 20));
		assertThat(BaseImport.date("2016/12/20")).isEqualTo(LocalDate.of(2016, 12, 20));
		assertThat(BaseImport.date("2016.1.5")).isEqualTo(LocalDate.of(2016, 1, 5));
		assertThat(BaseImport.date("2016年12月20日")).isEqualTo(LocalDate.of(2016, 12, 20));
		assertThat(BaseImport.date("20161220")).isEqualTo(LocalDate.of(2016, 12, 20));
		assertThat(BaseImport.date("2016-12-20 00:00:00")).isEqualTo(LocalDate.of(2016, 12, 20));
		// an unformatted date cell is its serial number
		assertThat(BaseImport.date("42724")).isEqualTo(LocalDate.of(2016, 12, 20));
		assertThat(BaseImport.date("2016-02-30")).isNull();
		assertThat(BaseImport.date("去年")).isNull();
	}

	private boolean numberExists(String number) {
		return jdbc.sql("select count(*) from base where number = ?").param(number).query(Long.class).single() > 0;
	}
}
