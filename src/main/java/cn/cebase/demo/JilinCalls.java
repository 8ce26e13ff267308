package cn.cebase.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.cebase.call.Call;
import cn.cebase.call.CallDetails;
import cn.cebase.call.CallManagement;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationForm;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.evaluation.ChairSummary;
import cn.cebase.evaluation.ExpertDetails;
import cn.cebase.evaluation.ExpertPool;
import cn.cebase.evaluation.Panel;
import cn.cebase.evaluation.PanelRequest;
import cn.cebase.evaluation.Panels;
import cn.cebase.evaluation.Rubric;
import cn.cebase.evaluation.ScoreInput;
import cn.cebase.evaluation.Scoring;
import cn.cebase.evaluation.TitleLevel;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.policy.TrackKind;
import cn.cebase.recognition.CommitteeDecision;
import cn.cebase.recognition.DecisionManagement;
import cn.cebase.recognition.PublicityManagement;
import cn.cebase.recognition.Recognitions;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.MovableClock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two Jilin calls past their deadline, run to their end through the services a person would use,
 * so that the demo shows what comes after intake: an earlier call already recognised, whose bases
 * are published with plaques (吉人社函〔2023〕232号 三（四）), and a later one whose results are in
 * 公示 for seven days from the first start, open to objections. Both went through 吉林市's
 * recommendation, the province's intake, a drawn panel of three experts from Jilin's pool (the
 * demo {@code expert} among them, chairing), scoring, the chair's summaries and the committee.
 *
 * <p>The services keep to the clock: a call cannot be published with its deadline past, nor take a
 * submission after it, and recognition waits for the publicity to end. So the demo builds the past
 * as it happened, by moving the application's {@link MovableClock} back to each step's day and
 * returning it to the present at the end: the recognised call opened 90 days before the first start,
 * closed 60 days before it and ended its publicity two weeks before it; the later call closed two
 * days before the first start and is reviewed, decided and in publicity on the day itself.
 */
@Component
@ConditionalOnProperty(name = "cebase.demo.enabled", havingValue = "true")
class JilinCalls {

	/** The demo's Jilin experts: the usernames, the first one being the panels' chair. */
	static final List<String> EXPERTS = List.of("expert", "jl.expert2", "jl.expert3");

	static final String RECOGNISED_TITLE = "吉林省省级专业技术人员继续教育基地申报（演示·第一批）";

	static final String IN_PUBLICITY_TITLE = "吉林省省级专业技术人员继续教育基地申报（演示·第二批）";

	/** 公示 runs this many days from the first start; no document fixes the period (JL profile). */
	static final int PUBLICITY_DAYS = 7;

	private static final String SOURCE = "吉人社函〔2023〕232号 ";

	private final UserDetailsService users;

	private final IdentityManagement identity;

	private final ExpertPool experts;

	private final CallManagement calls;

	private final DeclarationManagement declarations;

	private final ReviewManagement reviews;

	private final Panels panels;

	private final Scoring scoring;

	private final DecisionManagement decisions;

	private final PublicityManagement publicities;

	private final Recognitions recognitions;

	private final MovableClock clock;

	JilinCalls(UserDetailsService users, IdentityManagement identity, ExpertPool experts, CallManagement calls,
			DeclarationManagement declarations, ReviewManagement reviews, Panels panels, Scoring scoring,
			DecisionManagement decisions, PublicityManagement publicities, Recognitions recognitions, MovableClock clock) {
		this.users = users;
		this.identity = identity;
		this.experts = experts;
		this.calls = calls;
		this.declarations = declarations;
		this.reviews = reviews;
		this.panels = panels;
		this.scoring = scoring;
		this.decisions = decisions;
		this.publicities = publicities;
		this.recognitions = recognitions;
		this.clock = clock;
	}

	/**
	 * Jilin's pool of three experts, each with an account whose temporary password it has changed
	 * to the demo password, as at its first sign-in. Returns how many accounts it made.
	 */
	int experts() {
		CurrentUser jilin = signIn("jl.authority");
		expert(jilin, new ExpertDetails("何建国", "吉林大学", null, "220104", "高等学校教师", TitleLevel.SENIOR,
				List.of("继续教育", "化工", "新材料"), "13904310001", "expert@demo.cebase.cn", "expert"));
		expert(jilin, new ExpertDetails("王丽华", "长春工业大学", null, "220102", "高等学校教师", TitleLevel.SENIOR,
				List.of("继续教育", "智能制造", "数字经济"), "13904310002", "jl_expert2@demo.cebase.cn", "jl.expert2"));
		expert(jilin, new ExpertDetails("赵志刚", "吉林省科学技术信息研究所", null, "220104", "工程系列",
				TitleLevel.ASSOCIATE_SENIOR, List.of("继续教育", "信息技术"), "13904310003", "jl_expert3@demo.cebase.cn",
				"jl.expert3"));
		SecurityContextHolder.clearContext();
		return EXPERTS.size();
	}

	/** The two calls, the recognised one first. */
	void build() {
		try {
			recognisedCall();
			callInPublicity();
		}
		finally {
			// whatever happens, the application goes on in the present
			clock.reset();
			SecurityContextHolder.clearContext();
		}
	}

	private void recognisedCall() {
		Instant present = clock.instant();
		Instant closes = present.minus(Duration.ofDays(60));
		clock.travelTo(present.minus(Duration.ofDays(90)));
		long callId = publishedCall(RECOGNISED_TITLE, "第一批", closes);
		// the applications are in three days before the deadline
		clock.travelTo(closes.minus(Duration.ofDays(3)));
		List<Long> applications = List.of(
				submit("inst.jl", form("公办本科高校", "学校为省属化工特色本科院校，继续教育学院建有实训楼一栋、化工仿真实训中心一个，"
						+ "可同时容纳培训学员800人；建有在线学习平台，已与吉林省专业技术人员继续教育平台对接。",
						"专兼职教师210人，其中正高级职称48人、副高级职称96人，聘请企业高级工程师32人。",
						"近三年培训化工、新材料领域专业技术人员1.6万人次，承办知识更新工程高级研修项目4期。",
						"制定培训项目管理、师资管理、学员考核、经费管理、档案管理等制度19项。",
						"成立由分管校领导任组长的基地建设领导小组，继续教育学院具体实施，配备专职管理人员15人。",
						"每年培训专业技术人员不少于5000人次，每年投入专项经费260万元。",
						"主要培训领域：化工、新材料、安全生产。特色：依托化工仿真实训中心开展实操培训。",
						800, 15, List.of(5200, 5400, 5600)), callId),
				submit("inst.jl2", form("公益二类事业单位", "中心隶属吉林市人力资源和社会保障局，自有培训场地3000平方米，"
						+ "教室16间，可同时容纳培训学员650人；建有远程教育平台，支持线上学习和考试。",
						"专兼职教师138人，其中正高级职称27人、副高级职称61人。",
						"近三年培训专业技术人员1.3万人次，覆盖公需科目和数字经济、现代农业等专业科目。",
						"制定培训管理、学员管理、师资管理、财务管理、档案管理等制度21项。",
						"成立由中心主任任组长的基地建设领导小组，设培训部、教务部，配备专职管理人员11人。",
						"每年培训专业技术人员不少于4500人次，每年投入专项经费180万元。",
						"主要培训领域：公需科目、数字经济、现代农业。特色：线上线下结合，送教到县区。",
						650, 11, List.of(4100, 4400, 4700)), callId));
		closeAt(callId, closes);
		clock.advance(Duration.ofDays(2));
		recommendAndAccept(applications);
		clock.advance(Duration.ofDays(10));
		long panelId = scoredPanel(callId, applications, 20260301L,
				Map.of(applications.get(0), new int[][] { { 23, 18, 17, 18, 12 }, { 24, 19, 18, 18, 12 }, { 22, 17, 18, 17, 12 } },
						applications.get(1), new int[][] { { 21, 17, 16, 18, 12 }, { 20, 16, 16, 17, 11 }, { 22, 18, 17, 17, 12 } }));
		summarise(panelId, applications.get(0), ChairSummary.Recommendation.RECOGNIZE,
				"专家组一致认为该校化工、新材料领域师资雄厚，实训条件突出，远程教育平台功能齐全，建议认定。");
		summarise(panelId, applications.get(1), ChairSummary.Recommendation.RECOGNIZE,
				"该中心培训规模稳定，管理制度健全，公需科目培训覆盖面广，建议认定。");
		// the committee decides and the publicity runs three weeks before the first start
		clock.travelTo(present.minus(Duration.ofDays(20)));
		CurrentUser jilin = signIn("jl.authority");
		decisions.decide(jilin, callId, applications.get(0), CommitteeDecision.Outcome.RECOGNIZE,
				"师资和实训条件突出，专家评审排名第一。", "化工、新材料、安全生产");
		decisions.decide(jilin, callId, applications.get(1), CommitteeDecision.Outcome.RECOGNIZE,
				"培训规模和管理制度符合要求，专家评审排名第二。", "公需科目、数字经济");
		publicities.start(jilin, callId, PUBLICITY_DAYS);
		// the publicity has long ended: the call is recognised on the day of the first start
		clock.reset();
		recognitions.recognize(jilin, callId, Map.of());
	}

	private void callInPublicity() {
		Instant present = clock.instant();
		Instant closes = present.minus(Duration.ofDays(2));
		clock.travelTo(present.minus(Duration.ofDays(30)));
		long callId = publishedCall(IN_PUBLICITY_TITLE, "第二批", closes);
		clock.travelTo(closes.minus(Duration.ofDays(5)));
		List<Long> applications = List.of(
				submit("inst.jl3", form("民办非企业单位", "学校专注数字技能培训，自有教学场地2400平方米，机房6间、教室10间，"
						+ "可同时容纳培训学员520人；自建网络学习平台，已与吉林省专业技术人员继续教育平台对接。",
						"专兼职教师96人，其中正高级职称18人、副高级职称40人，企业技术专家25人。",
						"近三年培训数字经济、智能制造领域专业技术人员9800人次。",
						"制定教学管理、学员管理、师资管理、财务管理、信息安全等制度17项。",
						"成立由校长任组长的基地建设领导小组，设教务处和平台运维中心，配备专职管理人员9人。",
						"每年培训专业技术人员不少于3500人次，每年投入专项经费150万元，主要用于课程开发和平台建设。",
						"主要培训领域：数字经济、智能制造、大数据。特色：项目化实训，课程与企业需求对接。",
						520, 9, List.of(2900, 3300, 3600)), callId),
				submit("inst.jl4", form("社会团体", "协会有会员单位126家，依托会员企业建有培训基地3处，可同时容纳培训学员500人；"
						+ "建有线上培训平台，支持网上报名、学习和考试。",
						"专兼职教师84人，其中正高级职称21人、副高级职称35人，多为会员企业高级工程师。",
						"近三年培训化工行业专业技术人员7600人次，承办安全生产、节能减排专题培训班28期。",
						"制定培训管理、师资聘任、学员考核、经费管理等制度14项。",
						"成立由会长任组长的继续教育工作委员会，秘书处设培训部，配备专职管理人员7人。",
						"每年培训专业技术人员不少于2600人次，每年投入专项经费90万元。",
						"主要培训领域：化工安全、节能环保、质量管理。特色：依托会员企业现场教学。",
						500, 7, List.of(2300, 2500, 2800)), callId),
				submit("inst.jl5", form("民办非企业单位", "学校租用教学场地1200平方米，教室8间，可同时容纳培训学员300人；"
						+ "使用第三方网络学习平台。",
						"专兼职教师42人，其中副高级及以上职称11人。",
						"近三年培训专业技术人员2100人次，以职业资格考前培训为主。",
						"制定教学管理、学员管理、财务管理等制度8项。",
						"由校长负责基地建设，配备专职管理人员4人。",
						"每年培训专业技术人员不少于1200人次，每年投入专项经费30万元。",
						"主要培训领域：职业资格考前培训、办公技能。",
						300, 4, List.of(600, 700, 800)), callId));
		closeAt(callId, closes);
		// reviewed, decided and in publicity on the day of the first start
		clock.reset();
		recommendAndAccept(applications);
		long panelId = scoredPanel(callId, applications, 20260415L,
				Map.of(applications.get(0), new int[][] { { 23, 18, 19, 18, 12 }, { 22, 17, 18, 18, 12 }, { 24, 19, 19, 18, 12 } },
						applications.get(1), new int[][] { { 21, 17, 16, 17, 11 }, { 20, 16, 17, 16, 11 }, { 19, 16, 16, 16, 10 } },
						applications.get(2), new int[][] { { 14, 13, 12, 11, 8 }, { 13, 12, 12, 10, 7 }, { 15, 13, 13, 12, 8 } }));
		summarise(panelId, applications.get(0), ChairSummary.Recommendation.RECOGNIZE,
				"数字技能培训特色鲜明，网络学习平台功能完整并已对接省平台，建议认定。");
		summarise(panelId, applications.get(1), ChairSummary.Recommendation.RECOGNIZE,
				"依托会员企业开展现场教学，化工安全领域培训针对性强，建议认定。");
		summarise(panelId, applications.get(2), ChairSummary.Recommendation.NOT_RECOGNIZE,
				"培训以考前辅导为主，师资和设施条件较弱，远程教育平台依赖第三方，建议不予认定。");
		CurrentUser jilin = signIn("jl.authority");
		decisions.decide(jilin, callId, applications.get(0), CommitteeDecision.Outcome.RECOGNIZE,
				"数字技能培训特色鲜明，专家评审排名第一。", "数字经济、智能制造");
		decisions.decide(jilin, callId, applications.get(1), CommitteeDecision.Outcome.RECOGNIZE,
				"化工安全领域培训针对性强，专家评审排名第二。", "化工安全、节能环保");
		decisions.decide(jilin, callId, applications.get(2), CommitteeDecision.Outcome.NOT_RECOGNIZE,
				"师资队伍和设施条件未达到吉人社函〔2023〕232号一（一）（三）的要求，远程教育平台为第三方平台。", null);
		publicities.start(jilin, callId, PUBLICITY_DAYS);
		// one objection already in, for the authority to handle
		publicities.object(callId, applications.get(1), "刘先生", "13943200000",
				"该协会申报材料所列部分兼职教师已调离会员企业，请核实师资情况。");
	}

	/** A call published by 吉林省人社厅 today (by the clock), open until {@code closes}. */
	private long publishedCall(String title, String batch, Instant closes) {
		CurrentUser jilin = signIn("jl.authority");
		Call call = calls.create(jilin, "JL", new CallDetails(title, LocalDate.now(clock).getYear(), batch,
				"各市（州）人力资源和社会保障局，长白山管委会、梅河口市人力资源和社会保障局：\n"
						+ "根据《关于开展吉林省省级专业技术人员继续教育基地申报工作的通知》（吉人社函〔2023〕232号），"
						+ "现开展省级专业技术人员继续教育基地申报工作。申报单位经所属行业主管部门初审、市（州）人社部门复核推荐后报省人力资源和社会保障厅，"
						+ "由专家评审委员会评审，认定结果向社会公示。逾期不予受理。",
				clock.instant(), closes, List.of(TrackKind.REGULAR), List.of()));
		calls.publish(jilin, call.id(), null);
		return call.id();
	}

	/** The deadline passes: the clock moves a second past it and the deadline job's own method closes the call. */
	private void closeAt(long callId, Instant closes) {
		clock.travelTo(closes.plusSeconds(1));
		calls.closeDue(clock.instant());
	}

	private long submit(String school, DeclarationForm form, long callId) {
		CurrentUser applicant = signIn(school);
		Declaration draft = declarations.startDraft(applicant, callId, TrackKind.REGULAR);
		// no industry authority above these applicants: the route starts at 吉林市's bureau (JL 三（一）（二）)
		declarations.saveDraft(applicant, draft.id(), form, null, null);
		return declarations.submit(applicant, draft.id(), null).id();
	}

	/** 吉林市 recommends each application (JL 三（三）) and the province takes it in. */
	private void recommendAndAccept(List<Long> applications) {
		for (long id : applications) {
			reviews.recommend(signIn("jl.jilin"), id, new RecommendationLetter(true, "本市已建成市级继续教育基地6个", "属地管理",
					"经复核，该单位基础设施、师资队伍等办学条件符合申报要求，近三年承担本市专业技术人员培训任务。", "陈静",
					"0432-62041234"), "复核通过，同意推荐。", null);
			reviews.accept(signIn("jl.authority"), id, "材料齐全，予以受理。", null);
		}
	}

	/**
	 * The province sets its rubric from the conditions of 吉人社函〔2023〕232号 一, draws three experts
	 * of its pool (none from 吉林市, where the applicants are), names the demo expert chair; each
	 * expert accepts, declares no conflict and scores each application, then locks its sheets.
	 * {@code points} holds, per application, one row of criterion points per expert in the order of
	 * {@link #EXPERTS}.
	 */
	private long scoredPanel(long callId, List<Long> applications, long seed, Map<Long, int[][]> points) {
		CurrentUser jilin = signIn("jl.authority");
		if (!scoring.rubricSaved(callId)) {
			scoring.saveRubric(jilin, callId, Rubric.Aggregation.TRIMMED_MEAN, List.of(
					criterion(1, "师资队伍", 25, "一（一）"), criterion(2, "管理制度和组织机构", 20, "一（二）"),
					criterion(3, "经费保障和基础设施", 20, "一（三）"), criterion(4, "远程教育平台", 20, "一（四）"),
					criterion(5, "年培训规模", 15, "一（五）")));
		}
		Panel panel = panels.draw(jilin, callId, new PanelRequest(null, EXPERTS.size(), 0, true, seed));
		Map<Long, String> byExpert = new HashMap<>();
		for (String username : EXPERTS) {
			CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
			byExpert.put(experts.ofUser(user.id()).orElseThrow().id(), username);
		}
		if (!panel.members().stream().allMatch(m -> byExpert.containsKey(m.expertId()))) {
			throw new IllegalStateException("the demo panel should hold only the demo experts: " + panel.members());
		}
		for (String username : EXPERTS) {
			CurrentUser expert = signIn(username);
			panels.respond(expert, panel.id(), true, null);
			for (long application : applications) {
				panels.declare(expert, panel.id(), application, false, null);
			}
		}
		long chair = byExpert.entrySet().stream().filter(e -> e.getValue().equals(EXPERTS.get(0))).findFirst().orElseThrow().getKey();
		panels.designateChair(signIn("jl.authority"), panel.id(), chair);
		for (int e = 0; e < EXPERTS.size(); e++) {
			CurrentUser expert = signIn(EXPERTS.get(e));
			for (long application : applications) {
				int[] row = points.get(application)[e];
				Map<Integer, BigDecimal> given = new LinkedHashMap<>();
				for (int c = 0; c < row.length; c++) {
					given.put(c + 1, BigDecimal.valueOf(row[c]));
				}
				int total = java.util.Arrays.stream(row).sum();
				String remark = total >= 85 ? "条件突出，符合省级基地要求。" : total >= 75 ? "条件较好，符合省级基地要求。" : "条件较弱，尚未达到省级基地要求。";
				scoring.save(expert, panel.id(), application, new ScoreInput(given, Map.of(), Set.of(), remark));
				scoring.lock(expert, panel.id(), application);
			}
		}
		return panel.id();
	}

	private void summarise(long panelId, long application, ChairSummary.Recommendation recommendation, String text) {
		scoring.writeSummary(signIn(EXPERTS.get(0)), panelId, application, recommendation, text);
	}

	private static Rubric.Criterion criterion(int seq, String name, int max, String article) {
		return new Rubric.Criterion(seq, name, BigDecimal.valueOf(max), BigDecimal.ONE, false, SOURCE + article);
	}

	private static DeclarationForm form(String nature, String overview, String teachers, String training, String management,
			String organisation, String targets, String fields, int seats, int managers, List<Integer> trainees) {
		return new DeclarationForm(nature, false, null, overview, teachers, training, management, organisation, targets,
				fields, null, true, seats, managers, new ArrayList<>(trainees), true,
				List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理"));
	}

	private void expert(CurrentUser authority, ExpertDetails details) {
		ExpertPool.Added added = experts.add(authority, details);
		identity.changePassword(added.expert().userId(), added.temporaryPassword(), DemoWorld.PASSWORD);
	}

	/** The services read the acting user from the security context for the audit trail; so it is set too. */
	private CurrentUser signIn(String username) {
		CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}
}
