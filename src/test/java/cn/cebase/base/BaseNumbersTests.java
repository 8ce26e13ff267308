package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.cebase.policy.Cited;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

/** 基地编号 in the profile's format, and the NAT6 subsidy cap, without a database. */
class BaseNumbersTests {

	@Test
	void theNextNumberFollowsTheHighestOfTheYearUnderTheSamePrefix() {
		String format = "闽继基〔{year}〕{seq}号";
		assertThat(BaseNumbers.prefix(format, 2026)).isEqualTo("闽继基〔2026〕");
		assertThat(BaseNumbers.next(format, 2026, List.of())).isEqualTo("闽继基〔2026〕001号");
		assertThat(BaseNumbers.next(format, 2026, List.of("闽继基〔2026〕001号", "闽继基〔2026〕007号", "闽继基〔2026〕00x号")))
			.isEqualTo("闽继基〔2026〕008号");
		// a thousand and first base still gets a number of its own
		assertThat(BaseNumbers.next(format, 2026, List.of("闽继基〔2026〕999号"))).isEqualTo("闽继基〔2026〕1000号");
	}

	@Test
	void aProfileWithoutAFormatNumbersByYear() {
		assertThat(BaseNumbers.next(null, 2027, List.of("2027-004"))).isEqualTo("2027-005");
		assertThat(BaseNumbers.next(" ", 2027, List.of())).isEqualTo("2027-001");
	}

}
