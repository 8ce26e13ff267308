package cn.cebase.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV's cells: quoted where RFC 4180 needs it, and never a formula a spreadsheet would run. */
class RegistryCsvTests {

	@Test
	void cellsAreQuotedOnlyWhenTheyMustBe() throws IOException {
		assertThat(RegistryApiController.Csv.cell("福州大学继续教育基地")).isEqualTo("福州大学继续教育基地");
		assertThat(RegistryApiController.Csv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(RegistryApiController.Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(RegistryApiController.Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(RegistryApiController.Csv.cell("")).isEmpty();
		StringWriter row = new StringWriter();
		RegistryApiController.Csv.row(row, List.of("a", "b,c", ""));
		assertThat(row).hasToString("a,\"b,c\",\r\n");
	}

	@Test
	void aCellThatLooksLikeAFormulaIsWrittenAsText() {
		assertThat(RegistryApiController.Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(RegistryApiController.Csv.cell("+86 591 1234")).isEqualTo("'+86 591 1234");
		assertThat(RegistryApiController.Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(RegistryApiController.Csv.cell("-1")).isEqualTo("'-1");
		assertThat(RegistryApiController.Csv.cell("0591-87654321")).isEqualTo("0591-87654321");
	}
}
