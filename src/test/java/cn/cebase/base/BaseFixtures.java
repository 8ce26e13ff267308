package cn.cebase.base;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.cebase.Fixtures;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.NewUser;
import cn.cebase.identity.Role;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.excel.ExcelTable;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Existing bases as an authority would list them, and worlds to import and re-confirm them in. */
@Component
class BaseFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final OrganizationManagement organizations;

	private final IdentityManagement identity;

	private final UserDetailsService users;

	BaseFixtures(OrganizationManagement organizations, IdentityManagement identity, UserDetailsService users) {
		this.organizations = organizations;
		this.identity = identity;
		this.users = users;
	}

	/** A base number no other test uses, in SD's way of writing it. */
	static String newNumber() {
		return "鲁继基〔2016〕T" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "号";
	}

	/** A row of the template: a base in 张店区 recognised in 2016, for the credit code given. */
	static List<String> row(String number, String name, String creditCode) {
		return new ArrayList<>(List.of(number, name, creditCode, "370303", "2016-12-20", "智能制造、新材料",
				"山东省淄博市张店区新村西路266号", "李老师", "0533-2786000"));
	}

	/** The same row with one column changed, by its name in {@link BaseImport#COLUMNS}. */
	static List<String> with(List<String> row, String column, String value) {
		List<String> changed = new ArrayList<>(row);
		changed.set(BaseImport.COLUMNS.indexOf(column), value);
		return changed;
	}

	static byte[] xlsx(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ExcelTable table = new ExcelTable(out, "基地", BaseImport.COLUMNS)) {
			rows.forEach(r -> table.row(r.toArray()));
		}
		return out.toByteArray();
	}

	static BaseImport.ExistingBase existing(List<String> row) {
		String[] c = row.toArray(new String[0]);
		return new BaseImport.ExistingBase(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
	}

	@SafeVarargs
	static List<BaseImport.ExistingBase> rows(List<String>... rows) {
		return Arrays.stream(rows).map(BaseFixtures::existing).toList();
	}

	/**
	 * A second Shandong provincial authority outside the demo tree, with a city bureau below it that
	 * recommends, so that concluding its re-confirmation call ends only its own bases and never the
	 * demo's or another test's.
	 */
	SecondProvince secondShandong() {
		int n = SEQUENCE.incrementAndGet();
		String suffix = System.nanoTime() % 1_000_000 + "-" + n;
		Organization province = organizations.create("test-sd-" + suffix, "山东省人社厅（测试" + suffix + "）",
				OrganizationKind.PROVINCIAL_HRSS, "370000", null);
		Organization city = organizations.create("test-sd-jinan-" + suffix, "济南市人社局（测试" + suffix + "）",
				OrganizationKind.CITY_HRSS, "370100", province.id());
		String authority = "test.sd." + suffix;
		String recommender = "test.sd.jinan." + suffix;
		identity.create(new NewUser(authority, Fixtures.PASSWORD, "测试省厅", province.id(), EnumSet.of(Role.AUTHORITY), null,
				null, false));
		identity.create(new NewUser(recommender, Fixtures.PASSWORD, "测试市局", city.id(), EnumSet.of(Role.RECOMMENDER), null,
				null, false));
		return new SecondProvince(province, city, Fixtures.user(users, authority), Fixtures.user(users, recommender));
	}

	record SecondProvince(Organization province, Organization city, CurrentUser authority, CurrentUser recommender) {
	}
}
