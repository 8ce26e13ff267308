package cn.cebase.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.cebase.declaration.DeclarationComparison.Change;
import cn.cebase.declaration.DeclarationComparison.FieldChange;
import cn.cebase.declaration.DeclarationComparison.Kind;
import cn.cebase.declaration.DeclarationComparison.Op;
import cn.cebase.declaration.DeclarationComparison.Segment;

import org.junit.jupiter.api.Test;

/** Two versions of a 申报表 compared field by field, without a database. */
class DeclarationComparisonTests {

	@Test
	void identicalFormsHaveNothingChanged() {
		DeclarationComparison comparison = DeclarationComparison.of(form(), form());
		assertThat(comparison.identical()).isTrue();
		assertThat(comparison.changedFields()).isEmpty();
		assertThat(comparison.fields()).extracting(FieldChange::field)
			.containsExactly("independentLegalPerson", "venueSeats", "fullTimeManagersWithBachelor", "annualTrainees",
					"platformConnectsToProvince", "keyField", "platformFunctions", "existingRegionalBase", "existingBaseName",
					"unitNature", "overview", "teachers", "keyFieldTraining", "managementSystem", "organisationalSupport",
					"performanceTargetsAndFunding", "mainFieldsAndFeatures");
		assertThat(comparison.field("overview").diff()).containsExactly(new Segment(Op.EQUAL, form().overview()));
	}

	@Test
	void oneChangedFigureIsTheOnlyChange() {
		DeclarationForm f = form();
		DeclarationForm more = new DeclarationForm(f.unitNature(), f.existingRegionalBase(), f.existingBaseName(), f.overview(),
				f.teachers(), f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(),
				f.performanceTargetsAndFunding(), f.mainFieldsAndFeatures(), f.keyField(), f.independentLegalPerson(), 150,
				f.fullTimeManagersWithBachelor(), f.annualTrainees(), f.platformConnectsToProvince(), f.platformFunctions());
		DeclarationComparison comparison = DeclarationComparison.of(f, more);
		assertThat(comparison.changedFields()).singleElement().satisfies(seats -> {
			assertThat(seats.field()).isEqualTo("venueSeats");
			assertThat(seats.kind()).isEqualTo(Kind.NUMBER);
			assertThat(seats.change()).isEqualTo(Change.CHANGED);
			assertThat(seats.before()).isEqualTo(120);
			assertThat(seats.after()).isEqualTo(150);
		});
		assertThat(comparison.count(Change.CHANGED)).isOne();
		assertThat(comparison.count(Change.UNCHANGED)).isEqualTo(16);
	}

	@Test
	void aChangedParagraphShowsTheDeletedSentenceAndTheInsertedWords() {
		FieldChange overview = DeclarationComparison
			.of(withOverview("本中心现有教室12间，可容纳学员300人。师资以本校教师为主。建有远程教育平台。"),
					withOverview("本中心现有教室12间，可容纳学员300人。建有省级远程教育平台。"))
			.field("overview");
		assertThat(overview.change()).isEqualTo(Change.CHANGED);
		assertThat(overview.coarse()).isFalse();
		assertThat(overview.diff()).containsExactly(new Segment(Op.EQUAL, "本中心现有教室12间，可容纳学员300人。"),
				new Segment(Op.DELETE, "师资以本校教师为主。"), new Segment(Op.EQUAL, "建有"), new Segment(Op.INSERT, "省级"),
				new Segment(Op.EQUAL, "远程教育平台。"));
		assertThat(without(overview.diff(), Op.DELETE)).isEqualTo(overview.after());
		assertThat(without(overview.diff(), Op.INSERT)).isEqualTo(overview.before());
	}

	@Test
	void aChangedNumberInsideASentenceIsReplacedAsAWholeNumber() {
		FieldChange overview = DeclarationComparison
			.of(withOverview("可同时容纳培训学员300人，\n建有远程教育平台。"), withOverview("可同时容纳培训学员500人，\r\n建有远程教育平台。"))
			.field("overview");
		assertThat(overview.diff()).containsExactly(new Segment(Op.EQUAL, "可同时容纳培训学员"), new Segment(Op.DELETE, "300"),
				new Segment(Op.INSERT, "500"), new Segment(Op.EQUAL, "人，\n建有远程教育平台。"));
		FieldChange rooms = DeclarationComparison.of(withOverview("教室12间，学员120人。"), withOverview("教室12间，学员300人。"))
			.field("overview");
		assertThat(rooms.diff()).containsExactly(new Segment(Op.EQUAL, "教室12间，学员"), new Segment(Op.DELETE, "120"),
				new Segment(Op.INSERT, "300"), new Segment(Op.EQUAL, "人。"));
	}

	@Test
	void anInsertionSitsBetweenPunctuationWhereItCouldSitElsewhere() {
		FieldChange overview = DeclarationComparison
			.of(withOverview("学员120人。\n建有远程教育平台。"), withOverview("学员300人。\n建有远程教育平台，已接入省级公共服务平台。"))
			.field("overview");
		assertThat(overview.diff()).containsExactly(new Segment(Op.EQUAL, "学员"), new Segment(Op.DELETE, "120"),
				new Segment(Op.INSERT, "300"), new Segment(Op.EQUAL, "人。\n建有远程教育平台"),
				new Segment(Op.INSERT, "，已接入省级公共服务平台"), new Segment(Op.EQUAL, "。"));
	}

	@Test
	void chineseTextIsComparedByCharacterNeverSplittingOne() {
		// 𠮷 lies outside the Basic Multilingual Plane: two UTF-16 units that must stay together
		FieldChange unit = DeclarationComparison.of(withUnitNature("𠮷林福州市鼓楼区职业培训学校"), withUnitNature("𠮷林福州市台江区职业培训学校"))
			.field("unitNature");
		assertThat(unit.diff()).containsExactly(new Segment(Op.EQUAL, "𠮷林福州市"), new Segment(Op.DELETE, "鼓楼"),
				new Segment(Op.INSERT, "台江"), new Segment(Op.EQUAL, "区职业培训学校"));
		FieldChange rewritten = DeclarationComparison.of(withUnitNature("𠮷甲"), withUnitNature("𠯿甲")).field("unitNature");
		assertThat(rewritten.diff()).containsExactly(new Segment(Op.DELETE, "𠮷"), new Segment(Op.INSERT, "𠯿"),
				new Segment(Op.EQUAL, "甲"));
	}

	@Test
	void aSharedCharacterStrandedInARewriteIsNotHighlightedAsKept() {
		FieldChange system = DeclarationComparison.of(withOverview("制度健全的管理办法"), withOverview("新建完善的培训档案"))
			.field("overview");
		assertThat(system.diff()).containsExactly(new Segment(Op.DELETE, "制度健全的管理办法"),
				new Segment(Op.INSERT, "新建完善的培训档案"));
	}

	@Test
	void emptyToFilledIsAddedAndFilledToEmptyIsRemoved() {
		DeclarationComparison filled = DeclarationComparison.of(DeclarationForm.empty(), form());
		assertThat(filled.fields()).filteredOn(f -> f.after() != null)
			.allSatisfy(f -> assertThat(f.change()).isEqualTo(Change.ADDED));
		assertThat(filled.field("teachers").diff()).containsExactly(new Segment(Op.INSERT, "专职教师20名，兼职教师35名。"));
		assertThat(filled.field("annualTrainees").diff()).extracting(Segment::op)
			.containsExactly(Op.INSERT, Op.INSERT, Op.INSERT);
		// what neither side filled in is not a change
		assertThat(filled.field("existingBaseName").change()).isEqualTo(Change.UNCHANGED);

		DeclarationComparison emptied = DeclarationComparison.of(form(), withOverview("  "));
		assertThat(emptied.field("overview").change()).isEqualTo(Change.REMOVED);
		assertThat(emptied.field("overview").after()).isNull();
		assertThat(emptied.field("overview").diff()).containsExactly(new Segment(Op.DELETE, form().overview()));
	}

	@Test
	void listsShowTheItemsThatCameAndWent() {
		DeclarationForm f = form();
		DeclarationForm next = new DeclarationForm(f.unitNature(), f.existingRegionalBase(), f.existingBaseName(), f.overview(),
				f.teachers(), f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(),
				f.performanceTargetsAndFunding(), f.mainFieldsAndFeatures(), f.keyField(), f.independentLegalPerson(),
				f.venueSeats(), f.fullTimeManagersWithBachelor(), Arrays.asList(1100, null, 1700), f.platformConnectsToProvince(),
				List.of("网络学习", "在线考试"));
		DeclarationComparison comparison = DeclarationComparison.of(f, next);
		assertThat(comparison.field("annualTrainees").diff()).containsExactly(new Segment(Op.EQUAL, "1100"),
				new Segment(Op.DELETE, "1150"), new Segment(Op.DELETE, "999"), new Segment(Op.INSERT, ""),
				new Segment(Op.INSERT, "1700"));
		assertThat(comparison.field("platformFunctions").diff()).containsExactly(new Segment(Op.DELETE, "网上报名"),
				new Segment(Op.EQUAL, "网络学习"), new Segment(Op.INSERT, "在线考试"));
	}

	@Test
	void aVeryLongRewriteFallsBackToWholeParagraphs() {
		String before = "旧" + cycle("甲乙丙丁戊己庚辛壬癸", 3000) + "旧";
		String after = "新" + cycle("子丑寅卯辰巳午未申酉戌亥甲", 3000) + "新";
		long started = System.nanoTime();
		FieldChange overview = DeclarationComparison.of(withOverview(before), withOverview(after)).field("overview");
		assertThat(overview.coarse()).isTrue();
		assertThat(overview.diff()).containsExactly(new Segment(Op.DELETE, before), new Segment(Op.INSERT, after));
		assertThat(System.nanoTime() - started).as("no table of 3000 x 3000 was built").isLessThan(2_000_000_000L);
	}

	@Test
	void aSmallEditInALongSectionIsStillHighlightedExactly() {
		String sentences = cycle("本基地面向全省开展专业技术人员继续教育培训，年培训规模稳定。", 2400);
		String before = sentences + "近三年累计培训4200人次。" + sentences;
		String after = sentences + "近三年累计培训5200人次。" + sentences;
		FieldChange overview = DeclarationComparison.of(withOverview(before), withOverview(after)).field("overview");
		assertThat(overview.coarse()).isFalse();
		assertThat(overview.diff()).extracting(Segment::op).containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
		assertThat(overview.diff().get(1).text()).isEqualTo("4200");
		assertThat(overview.diff().get(2).text()).isEqualTo("5200");
	}

	@Test
	void editsScatteredThroughALongSectionAreEachHighlighted() {
		List<String> lines = java.util.stream.IntStream.range(0, 120).mapToObj(i -> "第" + i + "条：按规定开展培训。\n").toList();
		String before = String.join("", lines);
		List<String> edited = new java.util.ArrayList<>(lines);
		edited.set(3, "第3条：按规定开展线上培训。\n");
		edited.remove(60);
		edited.add(110, "新增一条：建立学员档案。\n");
		FieldChange overview = DeclarationComparison.of(withOverview(before), withOverview(String.join("", edited)))
			.field("overview");
		assertThat(overview.coarse()).isFalse();
		assertThat(overview.diff()).filteredOn(s -> s.op() != Op.EQUAL)
			.containsExactly(new Segment(Op.INSERT, "线上"), new Segment(Op.DELETE, "第60条：按规定开展培训。\n"),
					new Segment(Op.INSERT, "新增一条：建立学员档案。\n"));
	}

	@Test
	void lineEndingsFromTheBrowserAreNotAChange() {
		assertThat(DeclarationComparison.of(withOverview("第一行\n第二行"), withOverview("第一行\r\n第二行")).identical()).isTrue();
	}

	@Test
	void theTableBoundIsRespectedAtEveryLevel() {
		TextDiff.Result result = TextDiff.of("甲乙丙丁戊", "甲子丑丁戊", 4);
		assertThat(result.coarse()).isTrue();
		assertThat(result.segments()).containsExactly(new Segment(Op.EQUAL, "甲"), new Segment(Op.DELETE, "乙丙"),
				new Segment(Op.INSERT, "子丑"), new Segment(Op.EQUAL, "丁戊"));
		TextDiff.Result sentences = TextDiff.of("开头。甲。乙。丙。结尾。", "开头。丁。戊。己。结尾。", 15);
		assertThat(sentences.coarse()).isTrue();
		assertThat(sentences.segments()).containsExactly(new Segment(Op.EQUAL, "开头。"), new Segment(Op.DELETE, "甲。乙。丙。"),
				new Segment(Op.INSERT, "丁。戊。己。"), new Segment(Op.EQUAL, "结尾。"));
	}

	@Test
	void bothSidesCanAlwaysBeReadBackFromTheSegments() {
		java.util.Random random = new java.util.Random(20261121);
		String alphabet = "甲乙丙的了，。\n𠮷ab";
		for (int round = 0; round < 500; round++) {
			String before = randomText(random, alphabet);
			String after = randomText(random, alphabet);
			TextDiff.Result result = TextDiff.of(before, after, 1 + random.nextInt(400));
			assertThat(without(result.segments(), Op.INSERT)).isEqualTo(before);
			assertThat(without(result.segments(), Op.DELETE)).isEqualTo(after);
			assertThat(result.segments()).noneMatch(segment -> segment.text().isEmpty());
		}
	}

	private static String randomText(java.util.Random random, String alphabet) {
		int[] letters = alphabet.codePoints().toArray();
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(40); i > 0; i--) {
			text.appendCodePoint(letters[random.nextInt(letters.length)]);
		}
		return text.toString();
	}

	/** One side's text: the segments without the other side's edits. */
	private static String without(List<Segment> diff, Op other) {
		return diff.stream().filter(s -> s.op() != other).map(Segment::text).collect(Collectors.joining());
	}

	private static String cycle(String pattern, int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append(pattern);
		}
		return text.substring(0, length);
	}

	static DeclarationForm form() {
		return new DeclarationForm("民办非企业单位", false, null, "本中心现有教室12间，可容纳学员300人。", "专职教师20名，兼职教师35名。",
				"近三年培训重点领域专业技术人员3200人次。", "制定了培训管理、学员管理和财务管理制度。", "成立基地建设领导小组。",
				"年培训1500人次，专项经费80万元。", "智能制造、数字经济。", null, true, 120, 6, List.of(1100, 1150, 999), true,
				List.of("网上报名", "网络学习"));
	}

	private static DeclarationForm withOverview(String overview) {
		DeclarationForm f = form();
		return new DeclarationForm(f.unitNature(), f.existingRegionalBase(), f.existingBaseName(), overview, f.teachers(),
				f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(), f.performanceTargetsAndFunding(),
				f.mainFieldsAndFeatures(), f.keyField(), f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), f.annualTrainees(), f.platformConnectsToProvince(), f.platformFunctions());
	}

	private static DeclarationForm withUnitNature(String unitNature) {
		DeclarationForm f = form();
		return new DeclarationForm(unitNature, f.existingRegionalBase(), f.existingBaseName(), f.overview(), f.teachers(),
				f.keyFieldTraining(), f.managementSystem(), f.organisationalSupport(), f.performanceTargetsAndFunding(),
				f.mainFieldsAndFeatures(), f.keyField(), f.independentLegalPerson(), f.venueSeats(),
				f.fullTimeManagersWithBachelor(), f.annualTrainees(), f.platformConnectsToProvince(), f.platformFunctions());
	}
}
