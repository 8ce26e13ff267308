package cn.cebase.base.web;

import java.time.LocalDate;
import java.util.List;

import cn.cebase.organization.Regions;
import cn.cebase.policy.ProfileLevel;
import cn.cebase.base.BaseView;
import cn.cebase.base.BaseStatus;

/**
 * A base as the registry publishes it: what the plaque and the recognition notice say, with its
 * status. Not the verification code (it belongs to the plaque), nor the application, the call or
 * the subsidy, which are the authority's records.
 */
record PublicBase(long id, String number, String name, String creditCode, ProfileLevel level, String authority,
		String regionCode, String region, List<String> fields, LocalDate recognizedOn, BaseStatus status,
		boolean holdsTitle, LocalDate statusChangedOn, String statusReason, String address, String contactPerson,
		String contactPhone, String url) {

	static PublicBase of(BaseView base, Regions regions) {
		return new PublicBase(base.id(), base.number(), base.name(), base.creditCode(), base.level(), base.authorityName(),
				base.regionCode(), regions.fullName(base.regionCode()), base.fields(), base.recognizedOn(), base.status(),
				base.status().holdsTitle(), base.statusChangedOn(), base.statusReason(), base.address(),
				base.contactPerson(), base.contactPhone(), "/public/bases/" + base.id());
	}
}
