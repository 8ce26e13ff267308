package cn.cebase.demo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.IdentityManagement;
import cn.cebase.identity.NewUser;
import cn.cebase.identity.Role;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.institution.InstitutionType;
import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.WellKnownOrganizations;
import cn.cebase.shared.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demo world once, through the same module APIs a person would use, so that the
 * audit trail shows it too. The organisations are those the five documents name.
 */
@Component
@ConditionalOnProperty(name = "cebase.demo.enabled", havingValue = "true")
// after the built-in policy profiles are stored
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoWorld implements ApplicationRunner {

	/** Every demo account's password; it passes the password rule. */
	static final String PASSWORD = "Cebase@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

	private final OrganizationManagement organizations;

	private final IdentityManagement identity;

	private final InstitutionManagement institutions;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final cn.cebase.call.CallManagement calls;

	private final cn.cebase.declaration.DeclarationManagement declarations;

	private final cn.cebase.base.BaseImport bases;

	private final JilinCalls jilinCalls;

	private int accounts;

	private final Map<String, Organization> byCode = new LinkedHashMap<>();

	DemoWorld(OrganizationManagement organizations, IdentityManagement identity, InstitutionManagement institutions,
			UserDetailsService users, TransactionTemplate transactions, cn.cebase.call.CallManagement calls,
			cn.cebase.declaration.DeclarationManagement declarations, cn.cebase.base.BaseImport bases,
			JilinCalls jilinCalls) {
		this.jilinCalls = jilinCalls;
		this.bases = bases;
		this.declarations = declarations;
		this.calls = calls;
		this.organizations = organizations;
		this.identity = identity;
		this.institutions = institutions;
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (organizations.findByCode("hrss-220000").isPresent()) {
			return;
		}
		long started = System.nanoTime();
		transactions.executeWithoutResult(status -> build());
		SecurityContextHolder.clearContext();
		log.info("Demo world created in {} ms: {} accounts, password {}", (System.nanoTime() - started) / 1_000_000,
				accounts, PASSWORD);
	}

	private void build() {
		Organization platform = organizations.findByCode(WellKnownOrganizations.PLATFORM).orElseThrow();
		Organization mohrss = organizations.findByCode(WellKnownOrganizations.MOHRSS).orElseThrow();
		byCode.put("platform", platform);
		byCode.put("mohrss", mohrss);

		// NAT6: ministries and central SOEs recommend to MOHRSS (人社厅函〔2016〕10号 三(一))
		org("miit", "工业和信息化部人事教育司", OrganizationKind.MINISTRY, null, "mohrss");
		org("mot", "交通运输部人事教育司", OrganizationKind.MINISTRY, null, "mohrss");
		org("nhc", "国家卫生健康委员会人事司", OrganizationKind.MINISTRY, null, "mohrss");
		org("casc", "中国航天科技集团有限公司人力资源部", OrganizationKind.CENTRAL_SOE, null, "mohrss");
		org("crrc", "中国中车集团有限公司人力资源部", OrganizationKind.CENTRAL_SOE, null, "mohrss");
		org("sgcc", "国家电网有限公司人力资源部", OrganizationKind.CENTRAL_SOE, null, "mohrss");

		// JL: the cities (市州), 长白山管委会 and 梅河口市 (吉人社函〔2023〕232号)
		hrss("220000", "吉林省人力资源和社会保障厅", OrganizationKind.PROVINCIAL_HRSS, "mohrss");
		for (String[] city : new String[][] { { "220100", "长春市" }, { "220200", "吉林市" }, { "220300", "四平市" },
				{ "220400", "辽源市" }, { "220500", "通化市" }, { "220600", "白山市" }, { "220700", "松原市" },
				{ "220800", "白城市" }, { "222400", "延边朝鲜族自治州" } }) {
			hrss(city[0], city[1] + "人力资源和社会保障局", OrganizationKind.CITY_HRSS, "hrss-220000");
		}
		org("jl-changbaishan", "长白山管委会人力资源和社会保障局", OrganizationKind.CITY_HRSS, "220600", "hrss-220000");
		hrss("220581", "梅河口市人力资源和社会保障局", OrganizationKind.CITY_HRSS, "hrss-220000");
		org("jl-edu", "吉林省教育厅", OrganizationKind.INDUSTRY_DEPARTMENT, "220000", "hrss-220000");
		org("jl-jilin-health", "吉林市卫生健康委员会", OrganizationKind.INDUSTRY_DEPARTMENT, "220200", "hrss-220200");

		// SD: 16 cities, provincial departments and SOEs (鲁人社 2019 通知 三(一))
		hrss("370000", "山东省人力资源和社会保障厅", OrganizationKind.PROVINCIAL_HRSS, "mohrss");
		for (String[] city : new String[][] { { "370100", "济南市" }, { "370200", "青岛市" }, { "370300", "淄博市" },
				{ "370400", "枣庄市" }, { "370500", "东营市" }, { "370600", "烟台市" }, { "370700", "潍坊市" },
				{ "370800", "济宁市" }, { "370900", "泰安市" }, { "371000", "威海市" }, { "371100", "日照市" },
				{ "371300", "临沂市" }, { "371400", "德州市" }, { "371500", "聊城市" }, { "371600", "滨州市" },
				{ "371700", "菏泽市" } }) {
			hrss(city[0], city[1] + "人力资源和社会保障局", OrganizationKind.CITY_HRSS, "hrss-370000");
		}
		org("sd-edu", "山东省教育厅", OrganizationKind.INDUSTRY_DEPARTMENT, "370000", "hrss-370000");
		org("sd-health", "山东省卫生健康委员会", OrganizationKind.INDUSTRY_DEPARTMENT, "370000", "hrss-370000");
		org("sd-agri", "山东省农业农村厅", OrganizationKind.INDUSTRY_DEPARTMENT, "370000", "hrss-370000");
		org("sd-energy", "山东能源集团有限公司人力资源部", OrganizationKind.PROVINCIAL_SOE, "370000", "hrss-370000");
		org("sd-hispeed", "山东高速集团有限公司人力资源部", OrganizationKind.PROVINCIAL_SOE, "370000", "hrss-370000");

		// ZB: 区县、经开区、文昌湖区人社局, 高新区社会发展保障局 and 市直部门 (淄人社发〔2025〕5号)
		for (String[] county : new String[][] { { "370302", "淄川区" }, { "370303", "张店区" }, { "370304", "博山区" },
				{ "370305", "临淄区" }, { "370306", "周村区" }, { "370321", "桓台县" }, { "370322", "高青县" },
				{ "370323", "沂源县" } }) {
			hrss(county[0], county[1] + "人力资源和社会保障局", OrganizationKind.COUNTY_HRSS, "hrss-370300");
		}
		org("zb-jingkai", "淄博经济开发区人力资源和社会保障局", OrganizationKind.COUNTY_HRSS, "370300", "hrss-370300");
		org("zb-wenchanghu", "文昌湖省级旅游度假区人力资源和社会保障局", OrganizationKind.COUNTY_HRSS, "370300", "hrss-370300");
		org("zb-gaoxin", "淄博高新技术产业开发区社会发展保障局", OrganizationKind.COUNTY_HRSS, "370300", "hrss-370300");
		org("zb-edu", "淄博市教育局", OrganizationKind.INDUSTRY_DEPARTMENT, "370300", "hrss-370300");
		org("zb-health", "淄博市卫生健康委员会", OrganizationKind.INDUSTRY_DEPARTMENT, "370300", "hrss-370300");

		// FJ: 设区市 and 平潭综合实验区 (闽人社发〔2024〕5号)
		hrss("350000", "福建省人力资源和社会保障厅", OrganizationKind.PROVINCIAL_HRSS, "mohrss");
		for (String[] city : new String[][] { { "350100", "福州市" }, { "350200", "厦门市" }, { "350300", "莆田市" },
				{ "350400", "三明市" }, { "350500", "泉州市" }, { "350600", "漳州市" }, { "350700", "南平市" },
				{ "350800", "龙岩市" }, { "350900", "宁德市" } }) {
			hrss(city[0], city[1] + "人力资源和社会保障局", OrganizationKind.CITY_HRSS, "hrss-350000");
		}
		hrss("350128", "平潭综合实验区社会事业局", OrganizationKind.CITY_HRSS, "hrss-350000");
		org("fj-edu", "福建省教育厅", OrganizationKind.INDUSTRY_DEPARTMENT, "350000", "hrss-350000");

		user("admin", "平台管理员", "platform", Role.ADMIN);
		user("mohrss", "人社部专技司 王明", "mohrss", Role.AUTHORITY);
		user("nat.miit", "工信部人事教育司 李强", "miit", Role.RECOMMENDER);
		user("nat.casc", "航天科技集团 赵敏", "casc", Role.RECOMMENDER);
		user("jl.authority", "吉林省人社厅 刘洋", "hrss-220000", Role.AUTHORITY);
		user("jl.jilin", "吉林市人社局 陈静", "hrss-220200", Role.AUTHORITY, Role.RECOMMENDER);
		user("jl.jilin.health", "吉林市卫健委 孙丽", "jl-jilin-health", Role.RECOMMENDER);
		user("sd.authority", "山东省人社厅 张伟", "hrss-370000", Role.AUTHORITY);
		user("sd.jinan", "济南市人社局 周涛", "hrss-370100", Role.AUTHORITY, Role.RECOMMENDER);
		user("sd.edu", "山东省教育厅 吴芳", "sd-edu", Role.RECOMMENDER);
		user("zb.authority", "淄博市人社局 郑磊", "hrss-370300", Role.AUTHORITY);
		user("zb.zhangdian", "张店区人社局 冯雪", "hrss-370303", Role.AUTHORITY, Role.RECOMMENDER);
		user("fj.authority", "福建省人社厅 林峰", "hrss-350000", Role.AUTHORITY);
		user("fj.fuzhou", "福州市人社局 黄蓉", "hrss-350100", Role.AUTHORITY, Role.RECOMMENDER);
		// the demo expert and two more, in Jilin's pool, as 吉林省人社厅 adds experts
		accounts += jilinCalls.experts();
		user("learner", "专业技术人员 高远", "hrss-350100", Role.LEARNER);

		institution("inst.jl", "12220000MB0A12345", "吉林化工学院", InstitutionType.UNIVERSITY, "220203",
				"吉林省吉林市龙潭区承德街45号", "jl.jilin", true);
		institution("inst.zb", "12370000MB0B23456", "山东理工大学", InstitutionType.UNIVERSITY, "370303",
				"山东省淄博市张店区新村西路266号", "zb.zhangdian", true);
		institution("inst.fj", "12350000MB0C34567", "福建省继续教育培训中心", InstitutionType.TRAINING_ORGANIZATION, "350102",
				"福建省福州市鼓楼区五四路158号", "fj.fuzhou", true);
		institution("inst.sd", "52370100MJ0D45678", "济南市工程师协会", InstitutionType.ASSOCIATION, "370102",
				"山东省济南市历下区经十路12号", null, false);
		institution("inst.fj2", "91350200MA0E56789", "厦门智造职业培训学校", InstitutionType.TRAINING_ORGANIZATION, "350203",
				"福建省厦门市思明区软件园二期望海路10号", null, false);
		// the applicants of the two Jilin calls that reached publicity and recognition
		institution("inst.jl2", "12220200MB0J23456", "吉林市专业技术人员继续教育中心", InstitutionType.TRAINING_ORGANIZATION,
				"220202", "吉林省吉林市昌邑区解放北路88号", "jl.jilin", true);
		institution("inst.jl3", "52220200MJ0K34567", "吉林市数字经济职业培训学校", InstitutionType.TRAINING_ORGANIZATION,
				"220204", "吉林省吉林市船营区北京路116号", "jl.jilin", true);
		institution("inst.jl4", "51220200MJ0L45678", "吉林市化工行业协会", InstitutionType.ASSOCIATION, "220203",
				"吉林省吉林市龙潭区遵义东路29号", "jl.jilin", true);
		institution("inst.jl5", "52220200MJ0M56789", "吉林市智联职业培训学校", InstitutionType.TRAINING_ORGANIZATION, "220211",
				"吉林省吉林市丰满区吉林大街520号", "jl.jilin", true);

		// a published FJ call, so that the demo institutions can run the self-check at once
		CurrentUser fujian = (CurrentUser) users.loadUserByUsername("fj.authority");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fujian, null, fujian.getAuthorities()));
		java.time.Instant now = java.time.Instant.now();
		var call = calls.create(fujian, "FJ", new cn.cebase.call.CallDetails("福建省省级专业技术人员继续教育基地申报（演示）",
				java.time.LocalDate.now().getYear(), "第一批",
				"各设区市人力资源和社会保障局，平潭综合实验区党群工作部，省直有关单位：\n"
						+ "根据《福建省省级专业技术人员继续教育基地管理办法》（闽人社发〔2024〕5号），现开展省级继续教育基地申报工作。"
						+ "具备条件的施教机构通过平台网上申报，经设区市级人社部门或省级行业主管部门人事部门审核推荐后报省人力资源和社会保障厅。"
						+ "逾期不予受理。",
				now, now.plus(java.time.Duration.ofDays(60)), java.util.List.of(cn.cebase.policy.TrackKind.REGULAR),
				java.util.List.of()));
		calls.publish(fujian, call.id(), null);

		// one application already on its way, so that 福州's 待我审核 shows what a recommender does
		CurrentUser school = (CurrentUser) users.loadUserByUsername("inst.fj");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(school, null, school.getAuthorities()));
		var draft = declarations.startDraft(school, call.id(), cn.cebase.policy.TrackKind.REGULAR);
		declarations.saveDraft(school, draft.id(), new cn.cebase.declaration.DeclarationForm("民办非企业单位", false, null,
				"中心成立于2006年，自有培训楼一栋，教室18间，可同时容纳培训学员600人；建有远程教育平台，"
						+ "已与福建省专业技术人员继续教育公共服务平台对接。",
				"专兼职教师126人，其中正高级职称31人、副高级职称58人。",
				"近三年培训智能制造、数字经济等重点领域专业技术人员1.2万人次。",
				"制定培训管理、学员管理、师资管理、财务管理、档案管理等制度23项。",
				"成立由中心主任任组长的基地建设领导小组，设继续教育办公室，配备专职管理人员12人。",
				"每年培训专业技术人员不少于4000人次；每年投入专项经费300万元，主要用于课程开发和平台升级。",
				"主要培训领域：智能制造、数字经济、现代农业。特色：线上线下相结合，送教上门。", null, true, 600, 12,
				java.util.List.of(3800, 4100, 4300), true,
				java.util.List.of("网上报名", "网络学习", "在线考试", "审核验证", "用户管理")),
				byCode.get("hrss-350100").id(), null);
		declarations.submit(school, draft.id(), null);
		SecurityContextHolder.clearContext();

		existingShandongBases();
		jilinCalls.build();
	}

	/**
	 * Shandong's bases recognised before the platform (SD 附件3), imported as the province would, so
	 * that the registry is not empty and re-confirmation (SD 三(三)) has bases to re-confirm. 山东理工大学
	 * (inst.zb) holds one, so it may also apply directly for Zibo's municipal title (ZB 第二十五条).
	 */
	private void existingShandongBases() {
		CurrentUser shandong = (CurrentUser) users.loadUserByUsername("sd.authority");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(shandong, null, shandong.getAuthorities()));
		var report = bases.importRows(shandong, List.of(
				existing("鲁继基〔2016〕001号", "山东理工大学", "12370000MB0B23456", "370303", "2016-12-20", "智能制造、新材料",
						"山东省淄博市张店区新村西路266号", "李老师", "0533-2786000"),
				existing("鲁继基〔2016〕002号", "济南市工程师协会", "52370100MJ0D45678", "370102", "2016-12-20",
						"工程技术、继续教育", "山东省济南市历下区经十路12号", "王老师", "0531-86061234"),
				existing("鲁继基〔2016〕003号", "青岛科技大学继续教育学院", "12370000MB0F60713", "370212", "2016-12-20",
						"化工、海洋科技", "山东省青岛市崂山区松岭路99号", "赵老师", "0532-88959000"),
				existing("鲁继基〔2017〕004号", "山东省农业科学院专业技术人员培训中心", "12370000MB0G71824", "370112",
						"2017-11-08", "现代农业、乡村振兴", "山东省济南市历城区工业北路202号", "孙老师", "0531-66659000"),
				existing("鲁继基〔2017〕005号", "潍坊职业学院", "12370700MB0H82935", "370703", "2017-11-08", "装备制造、数字经济",
						"山东省潍坊市寒亭区高新二路", "周老师", "0536-8050000")));
		if (!report.problems().isEmpty()) {
			throw new IllegalStateException("demo bases refused: " + report.problems());
		}
		SecurityContextHolder.clearContext();
	}

	private static cn.cebase.base.BaseImport.ExistingBase existing(String number, String name, String first17,
			String regionCode, String recognizedOn, String fields, String address, String contact, String phone) {
		return new cn.cebase.base.BaseImport.ExistingBase(number, name,
				first17 + UnifiedSocialCreditCode.checkCharacter(first17), regionCode, recognizedOn, fields, address, contact,
				phone);
	}

	private void hrss(String regionCode, String name, OrganizationKind kind, String parentCode) {
		org("hrss-" + regionCode, name, kind, regionCode, parentCode);
	}

	private void org(String code, String name, OrganizationKind kind, String regionCode, String parentCode) {
		byCode.put(code, organizations.create(code, name, kind, regionCode, byCode.get(parentCode).id()));
	}

	private void user(String username, String displayName, String orgCode, Role... roles) {
		Organization organization = byCode.get(orgCode);
		identity.create(new NewUser(username, PASSWORD, displayName, organization.id(), EnumSet.of(roles[0], roles),
				username.replace('.', '_') + "@demo.cebase.cn", null, false));
		accounts++;
	}

	/** Registers an institution as it would itself; approved ones are approved by the named authority user. */
	private void institution(String username, String first17, String name, InstitutionType type, String regionCode,
			String address, String approver, boolean approve) {
		String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
		Institution institution = institutions.register(new InstitutionRegistration(code, name, type, regionCode, address,
				"张三", "李老师", "0431-88690735", username.replace('.', '_') + "@demo.cebase.cn", username, PASSWORD,
				name + "管理员"));
		if (approve) {
			CurrentUser authority = (CurrentUser) users.loadUserByUsername(approver);
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authority, null, authority.getAuthorities()));
			institutions.approve(authority, institution.id(), null);
			SecurityContextHolder.clearContext();
		}
		accounts++;
	}

	/** The demo usernames in the order README.md lists them. */
	static final List<String> USERNAMES = List.of("admin", "mohrss", "jl.authority", "sd.authority", "fj.authority",
			"zb.authority", "jl.jilin", "sd.jinan", "fj.fuzhou", "zb.zhangdian", "jl.jilin.health", "sd.edu", "nat.miit",
			"nat.casc", "inst.jl", "inst.zb", "inst.fj", "inst.sd", "inst.fj2", "inst.jl2", "inst.jl3", "inst.jl4", "inst.jl5",
			"expert", "jl.expert2", "jl.expert3", "learner");
}
