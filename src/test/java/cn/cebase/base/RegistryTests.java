package cn.cebase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.cebase.CeBaseTest;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public registry: each filter, the default of bases holding the title, paging, and plaque lookups. */
@CeBaseTest
class RegistryTests {

	@Autowired
	Registry registry;

	@Autowired
	Bases records;

	@Autowired
	JdbcClient jdbc;

	RegistryTestBases bases;

	@BeforeEach
	void newTag() {
		bases = new RegistryTestBases(records, jdbc);
	}

	private List<String> names(String level, String region, String field, String status) {
		return registry.search(RegistryQuery.parse(level, region, field, status, bases.tag), PageRequest.of(1, 100))
			.items()
			.stream()
			.map(BaseView::name)
			.toList();
	}

	private String n(String name) {
		return name + bases.tag;
	}

	@Test
	void searchesByLevel() {
		LocalDate day = LocalDate.of(2025, 6, 1);
		bases.insert("国家级基地", ProfileLevel.NATIONAL, "mohrss", "350102", day, BaseStatus.ACTIVE);
		bases.insert("省级基地", ProfileLevel.PROVINCIAL, "hrss-350000", "350102", day, BaseStatus.ACTIVE);
		bases.insert("市级基地", ProfileLevel.MUNICIPAL, "hrss-350100", "350103", day, BaseStatus.ACTIVE);

		assertThat(names("NATIONAL", null, null, null)).containsExactly(n("国家级基地"));
		assertThat(names("municipal", null, null, null)).containsExactly(n("市级基地"));
		assertThat(names(null, null, null, null)).hasSize(3);
		assertThatThrownBy(() -> names("COUNTY", null, null, null)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.field()).isEqualTo("level"));
	}

	@Test
	void aProvinceOrCityMatchesEverythingInItAndACountyOnlyItself() {
		LocalDate day = LocalDate.of(2025, 6, 1);
		bases.insert("鼓楼", ProfileLevel.PROVINCIAL, "hrss-350000", "350102", day, BaseStatus.ACTIVE);
		bases.insert("台江", ProfileLevel.PROVINCIAL, "hrss-350000", "350103", day, BaseStatus.ACTIVE);
		bases.insert("厦门思明", ProfileLevel.PROVINCIAL, "hrss-350000", "350203", day, BaseStatus.ACTIVE);
		bases.insert("济南历下", ProfileLevel.PROVINCIAL, "hrss-370000", "370102", day, BaseStatus.ACTIVE);

		assertThat(names(null, "350000", null, null)).containsExactlyInAnyOrder(n("鼓楼"), n("台江"), n("厦门思明"));
		assertThat(names(null, "350100", null, null)).containsExactlyInAnyOrder(n("鼓楼"), n("台江"));
		assertThat(names(null, "350102", null, null)).containsExactly(n("鼓楼"));
		assertThat(names(null, "370000", null, null)).containsExactly(n("济南历下"));
		assertThat(names(null, "220000", null, null)).isEmpty();
	}

	@Test
	void aRegionCodeThatIsNotOneIsRefused() {
		for (String region : List.of("35", "35010a", "3501020", "990000")) {
			assertThatThrownBy(() -> names(null, region, null, null)).as(region)
				.isInstanceOfSatisfying(BusinessException.class, ex -> {
					assertThat(ex.field()).isEqualTo("regionCode");
					assertThat(ex.messageKey()).isEqualTo("registry.invalid.region");
				});
		}
	}

	@Test
	void aFieldMatchesPartOfAnyOfTheFields() {
		LocalDate day = LocalDate.of(2025, 6, 1);
		bases.fujian("卫生", day, "卫生健康", "医学");
		bases.fujian("工程", day, "工程技术", "建筑");
		bases.fujian("无领域", day);

		assertThat(names(null, null, "卫生", null)).containsExactly(n("卫生"));
		assertThat(names(null, null, "建筑", null)).containsExactly(n("工程"));
		assertThat(names(null, null, "医学", null)).containsExactly(n("卫生"));
		assertThat(names(null, null, "农业", null)).isEmpty();
		// three characters or more go through the trigram index, fewer through strpos: the same answers
		assertThat(names(null, null, "卫生健康", null)).containsExactly(n("卫生"));
		assertThat(names(null, null, "工程技", null)).containsExactly(n("工程"));
		assertThat(names(null, null, "健康医", null)).isEmpty();
		assertThat(names(null, null, "生", null)).containsExactly(n("卫生"));
		// LIKE's wildcards are searched for as they are
		assertThat(names(null, null, "%", null)).isEmpty();
		assertThat(names(null, null, "_", null)).isEmpty();
		assertThat(records.find(registry.search(RegistryQuery.parse(null, null, "卫生", null, bases.tag), PageRequest.of(1, 20))
			.items().get(0).id()).orElseThrow().fields()).containsExactly("卫生健康", "医学");
	}

	@Test
	void byDefaultOnlyTheBasesHoldingTheTitleAreListed() {
		LocalDate day = LocalDate.of(2024, 3, 1);
		for (BaseStatus status : BaseStatus.values()) {
			bases.insert(status.name(), ProfileLevel.PROVINCIAL, "hrss-350000", "350102", day, status);
		}

		assertThat(names(null, null, null, null)).containsExactlyInAnyOrder(n("ACTIVE"), n("RECTIFYING"), n("SUSPENDED_WORK"));
		assertThat(names(null, null, null, "")).containsExactlyInAnyOrder(n("ACTIVE"), n("RECTIFYING"), n("SUSPENDED_WORK"));
		assertThat(names(null, null, null, "REVOKED")).containsExactly(n("REVOKED"));
		assertThat(names(null, null, null, "lapsed")).containsExactly(n("LAPSED"));
		assertThat(names(null, null, null, "ALL")).hasSize(BaseStatus.values().length);
		assertThatThrownBy(() -> names(null, null, null, "EXPIRED")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.field()).isEqualTo("status"));
		assertThat(RegistryQuery.parse(null, null, null, "ALL", null).statusChoice()).isEqualTo("ALL");
		assertThat(RegistryQuery.parse(null, null, null, "REVOKED", null).statusChoice()).isEqualTo("REVOKED");
		assertThat(RegistryQuery.holdingTitle().statusChoice()).isEmpty();
	}

	@Test
	void theTextMatchesTheNameOrTheNumberAsPeopleTypeIt() {
		BaseView base = bases.fujian("福州大学专业技术人员继续教育基地", LocalDate.of(2025, 6, 1));
		bases.fujian("厦门理工学院继续教育基地", LocalDate.of(2025, 6, 1));

		assertThat(search("福州大学" + bases.tag)).isEmpty(); // the tag ends the name, so this is not a substring
		assertThat(search("福州大学专业技术")).extracting(BaseView::id).contains(base.id());
		// the number typed with square brackets, full-width digits and spaces
		String typed = base.number().replace("〔", "[").replace("〕", "]").replace("2025", "２０２５ ");
		assertThat(search(typed)).extracting(BaseView::id).containsExactly(base.id());
		assertThat(search("继续教育基地" + bases.tag)).hasSize(2);
		// one or two characters: part of a name only
		assertThat(search(bases.tag.substring(0, 2))).extracting(BaseView::id).contains(base.id());
		assertThat(search("〔")).extracting(BaseView::id).doesNotContain(base.id());
	}

	private List<BaseView> search(String text) {
		return registry.search(RegistryQuery.parse(null, null, null, null, text), PageRequest.of(1, 100)).items();
	}

	@Test
	void pagesHoldTwentyNewestFirstAndTheTotalCountsThemAll() {
		List<BaseView> inserted = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			// two bases a day: the number orders those of one day
			inserted.add(bases.fujian("分页" + i, LocalDate.of(2020, 1, 1).plusDays(i / 2)));
		}
		RegistryQuery query = RegistryQuery.parse(null, null, null, null, bases.tag);

		PageResult<BaseView> first = registry.search(query, PageRequest.of(null, null));
		assertThat(first.size()).isEqualTo(20);
		assertThat(first.items()).hasSize(20);
		assertThat(first.total()).isEqualTo(25);
		assertThat(first.totalPages()).isEqualTo(2);
		List<BaseView> expected = inserted.stream()
			.sorted(Comparator.comparing(BaseView::recognizedOn).reversed().thenComparing(BaseView::number))
			.toList();
		assertThat(first.items()).extracting(BaseView::id).containsExactlyElementsOf(expected.subList(0, 20).stream().map(BaseView::id).toList());

		PageResult<BaseView> second = registry.search(query, PageRequest.of(2, 20));
		assertThat(second.items()).extracting(BaseView::id)
			.containsExactlyElementsOf(expected.subList(20, 25).stream().map(BaseView::id).toList());
		assertThat(second.total()).isEqualTo(25);

		PageResult<BaseView> beyond = registry.search(query, PageRequest.of(3, 20));
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(25);

		PageResult<BaseView> far = registry.search(query, PageRequest.of(Integer.MAX_VALUE, 100));
		assertThat(far.items()).isEmpty();
		assertThat(far.total()).isEqualTo(25);
		assertThat(registry.search(query, PageRequest.of(1, 10)).items()).hasSize(10);
		assertThat(registry.search(query, PageRequest.of(1, 1000)).size()).isEqualTo(100);

		List<Long> streamed = new ArrayList<>();
		registry.each(query, base -> streamed.add(base.id()));
		assertThat(streamed).containsExactlyElementsOf(expected.stream().map(BaseView::id).toList());
	}

	@Test
	void aBaseIsFoundByItsNumberHoweverTheNumberIsTyped() {
		BaseView base = bases.fujian("编号查询", LocalDate.of(2026, 1, 5));
		String number = base.number();

		assertThat(registry.byNumber(number)).map(BaseView::id).contains(base.id());
		assertThat(registry.byNumber("  " + number + " ")).map(BaseView::id).contains(base.id());
		assertThat(registry.byNumber(number.replace("〔", "（").replace("〕", "）"))).map(BaseView::id).contains(base.id());
		assertThat(registry.byNumber(number.replace("〔", "【").replace("〕", "】"))).map(BaseView::id).contains(base.id());
		assertThat(registry.byNumber(number.replace("2026", "２０２６"))).map(BaseView::id).contains(base.id());
		assertThat(registry.byNumber(number.replace("〔", " 〔 "))).map(BaseView::id).contains(base.id());

		assertThat(registry.byNumber(number.replace("2026", "2027"))).isEmpty();
		assertThat(registry.byNumber(number + "1")).isEmpty();
		assertThat(registry.byNumber("")).isEmpty();
		assertThat(registry.byNumber("   ")).isEmpty();
		assertThat(registry.byNumber(null)).isEmpty();
		assertThat(registry.byNumber("闽继基〔2026〕001号".repeat(5))).isEmpty();
	}

	@Test
	void aPlaqueCodeIsFoundInAnyCaseOrWidthAndAForgedOneIsNot() {
		BaseView base = bases.fujian("验证码查询", LocalDate.of(2026, 1, 5));
		String code = base.verificationCode();

		assertThat(registry.byVerificationCode(code)).map(BaseView::id).contains(base.id());
		assertThat(registry.byVerificationCode(code.toLowerCase())).map(BaseView::id).contains(base.id());
		assertThat(registry.byVerificationCode(code.substring(0, 4) + " " + code.substring(4))).map(BaseView::id).contains(base.id());
		assertThat(registry.byVerificationCode(code.substring(0, 6) + "-" + code.substring(6))).map(BaseView::id).contains(base.id());
		assertThat(registry.byVerificationCode(fullWidth(code))).map(BaseView::id).contains(base.id());
		assertThat(Registry.normalizeCode(" ａｂ１２ ")).isEqualTo("AB12");

		// one character changed: a forged or mistyped code
		char last = code.charAt(code.length() - 1);
		String forged = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
		assertThat(registry.byVerificationCode(forged)).isEmpty();
		assertThat(registry.byVerificationCode(code + "X")).isEmpty();
		assertThat(registry.byVerificationCode(code.repeat(3))).isEmpty();
		assertThat(registry.byVerificationCode("' or 1=1 --")).isEmpty();
		assertThat(registry.byVerificationCode(null)).isEmpty();
		// the number is not a code, nor the code a number
		assertThat(registry.byVerificationCode(base.number())).isEmpty();
		assertThat(registry.byNumber(code)).isEmpty();
	}

	@Test
	void aBaseIsFoundByItsIdWhateverItsStatus() {
		BaseView revoked = bases.insert("已撤销", ProfileLevel.PROVINCIAL, "hrss-350000", "350102", LocalDate.of(2023, 5, 1),
				BaseStatus.REVOKED);
		BaseView found = registry.get(revoked.id()).orElseThrow();
		assertThat(found.status()).isEqualTo(BaseStatus.REVOKED);
		assertThat(found.statusChangedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(found.authorityName()).contains("福建省");
		assertThat(registry.get(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void theDefaultHoldsTheStatusesThatKeepTheTitle() {
		// rectification and paused work keep the title; revocation, cancellation and lapse end it
		assertThat(RegistryQuery.HOLDING_TITLE)
			.isEqualTo(Set.of(BaseStatus.ACTIVE, BaseStatus.RECTIFYING, BaseStatus.SUSPENDED_WORK));
		for (BaseStatus status : BaseStatus.values()) {
			assertThat(RegistryQuery.HOLDING_TITLE.contains(status)).as(status.name()).isEqualTo(status.holdsTitle());
		}
	}

	private static String fullWidth(String ascii) {
		StringBuilder wide = new StringBuilder();
		ascii.chars().forEach(c -> wide.append((char) (c >= '!' && c <= '~' ? c - '!' + '！' : c)));
		return wide.toString();
	}
}
