package cn.cebase.policy;

import java.util.List;

import cn.cebase.policy.PolicyProfile.QuotaSetting;
import cn.cebase.policy.PolicyProfile.RouteStage;

/**
 * 审核与认定: the review route (审核流程), the recommendation quotas (推荐名额), the publicity period,
 * the subsidy cap and how a recognised base is numbered.
 */
public record ReviewRules(List<RouteStage> route, List<QuotaSetting> quotas, Cited<Integer> publicityDays,
		Cited<Long> subsidyCapYuan, Cited<String> baseNumberFormat) {

	public ReviewRules {
		route = route == null ? List.of() : List.copyOf(route);
		quotas = quotas == null ? List.of() : List.copyOf(quotas);
	}
}
