package cn.cebase.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.OrganizationKind;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo world covers the organisations the five seed documents name, and every demo account signs in. */
@CeBaseTest
class DemoWorldTests {

	@Autowired
	JdbcClient jdbc;

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

	private java.util.List<String> children(String parentCode, OrganizationKind kind) {
		return jdbc.sql("select o.name from organization o join organization p on p.id = o.parent_id"
				+ " where p.code = ? and o.kind = ? order by o.id")
			.params(parentCode, kind.name())
			.query(String.class)
			.list();
	}
}
