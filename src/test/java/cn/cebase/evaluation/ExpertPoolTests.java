package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.excel.ExcelTable;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 专家库: experts with accounts, added by hand or imported from Excel with a row-by-row report. */
@CeBaseTest
class ExpertPoolTests {

	@Autowired
	ExpertPool experts;

	@Autowired
	UserDetailsService users;

	static String phone() {
		return "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
	}

	@Test
	void anExpertGetsAnAccountThatMustChangeItsPassword() {
		CurrentUser jilin = Fixtures.user(users, "jl.authority");
		String phone = phone();
		ExpertPool.Added added = experts.add(jilin, new ExpertDetails("李华", "吉林大学", "", "220102", "高等学校教师",
				TitleLevel.SENIOR, List.of("智能制造", "继续教育"), phone, null, null));
		assertThat(added.expert().username()).isEqualTo("zj" + phone);
		assertThat(added.temporaryPassword()).hasSize(10);
		CurrentUser account = Fixtures.user(users, "zj" + phone);
		assertThat(account.has(Role.EXPERT)).isTrue();
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(experts.list(jilin)).extracting(Expert::name).contains("李华");
		// another authority's pool does not show it
		assertThat(experts.list(Fixtures.user(users, "fj.authority"))).extracting(Expert::username).doesNotContain("zj" + phone);
	}

	@Test
	void everyWrongFieldIsNamedAndOnlyAuthoritiesKeepAPool() {
		CurrentUser jilin = Fixtures.user(users, "jl.authority");
		assertThatThrownBy(() -> experts.add(jilin, new ExpertDetails(" ", "吉林大学", "123", "999999", "高等学校教师", null,
				List.of(), "abc", "not-mail", null)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("name", "employerCreditCode", "regionCode", "titleLevel", "fields", "phone", "email"));
		assertThatThrownBy(() -> experts.list(Fixtures.user(users, "inst.jl"))).isInstanceOf(BusinessException.class);
	}

	@Test
	void anImportWithMistakesNamesEachRowAndColumnAndImportsNothing() {
		CurrentUser jilin = Fixtures.user(users, "jl.authority");
		String good = phone();
		byte[] file = xlsx(List.of(
				List.of("王明", "吉林大学", "", "220102", "高等学校教师", "正高级", "智能制造、继续教育", good, "", ""),
				List.of("", "长春工业大学", "", "220102", "工程系列", "教授", "智能制造", phone(), "", ""),
				List.of("赵敏", "北华大学", "", "888888", "工程系列", "副高级", "卫生健康", "12", "", "")));
		ExpertPool.ImportReport report = experts.importExcel(jilin, file);
		assertThat(report.rows()).isEqualTo(3);
		assertThat(report.added()).isEmpty();
		assertThat(report.problems()).extracting(ExpertPool.RowProblem::row, ExpertPool.RowProblem::column)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "name"),
					org.assertj.core.groups.Tuple.tuple(3, "titleLevel"), org.assertj.core.groups.Tuple.tuple(4, "regionCode"),
					org.assertj.core.groups.Tuple.tuple(4, "phone"));
		assertThat(experts.list(jilin)).extracting(Expert::phone).doesNotContain(good);

		ExpertPool.ImportReport fixed = experts.importExcel(jilin, xlsx(List.of(
				List.of("王明", "吉林大学", "", "220102", "高等学校教师", "正高级", "智能制造、继续教育", good, "", ""))));
		assertThat(fixed.problems()).isEmpty();
		assertThat(fixed.added()).singleElement().satisfies(a -> {
			assertThat(a.expert().fields()).containsExactly("智能制造", "继续教育");
			assertThat(a.expert().titleLevel()).isEqualTo(TitleLevel.SENIOR);
		});
		assertThatThrownBy(() -> experts.importExcel(jilin, "not a spreadsheet".getBytes()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.field()).isEqualTo("file"));
	}

	static byte[] xlsx(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ExcelTable table = new ExcelTable(out, "专家", ExpertPool.COLUMNS)) {
			rows.forEach(r -> table.row(r.toArray()));
		}
		return out.toByteArray();
	}
}
