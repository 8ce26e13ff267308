package cn.cebase.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Starting points for a rubric, from the topics the documents list for inspecting a base: FJ 第二十条
 * (定期考核的检查考核内容) and ZB 第二十一条 (考核评估的主要内容). The authority adjusts the
 * points and weights; the documents give none, so every criterion starts at 10 points, weight 1.
 */
final class RubricTemplates {

	private RubricTemplates() {
	}

	static final String FJ = "闽人社发〔2024〕5号 第二十条";

	static final String ZB = "淄人社发〔2025〕5号 第二十一条";

	static List<Rubric.Criterion> template(String code) {
		List<String[]> topics = switch (code) {
			case "ZB" -> List.of(new String[] { "基地师资队伍建设情况", ZB, "" }, new String[] { "基地经费使用情况", ZB, "" },
					new String[] { "设施配套情况", ZB, "" }, new String[] { "制度执行情况", ZB, "" },
					new String[] { "继续教育任务完成情况", ZB, "" }, new String[] { "培训效果及后续跟踪情况", ZB, "" });
			default -> List.of(new String[] { "基地师资队伍建设情况", FJ, "" }, new String[] { "设施配套情况", FJ, "" },
					new String[] { "继续教育任务完成情况", FJ, "" }, new String[] { "年度计划执行情况（年度报告）真实性", FJ, "" },
					new String[] { "课件更新情况", FJ, "" }, new String[] { "课件及意识形态审核情况", FJ, "veto" },
					new String[] { "信用情况", FJ, "veto" }, new String[] { "与省继续教育公共服务平台对接情况", FJ, "" },
					new String[] { "继续教育收费标准公开情况", FJ, "" });
		};
		java.util.ArrayList<Rubric.Criterion> criteria = new java.util.ArrayList<>();
		for (int i = 0; i < topics.size(); i++) {
			String[] t = topics.get(i);
			criteria.add(new Rubric.Criterion(i + 1, t[0], BigDecimal.TEN, BigDecimal.ONE, "veto".equals(t[2]), t[1]));
		}
		return List.copyOf(criteria);
	}
}
