package cn.cebase.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.cebase.organization.OrganizationManagement;
import cn.cebase.organization.Region;
import cn.cebase.organization.RegionLevel;
import cn.cebase.organization.Regions;
import cn.cebase.policy.ProfileLevel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The title a base holds, as its plaque and the publication notice print it: 国家级专业技术人员继续教育基地
 * (NAT6), or the recognising authority's region before the words, 福建省专业技术人员继续教育基地 (FJ 第九条),
 * 淄博市专业技术人员继续教育基地 (ZB 第十条).
 */
@Component
class BaseTitles {

	private final OrganizationManagement organizations;

	private final Regions regions;

	private final MessageSource messages;

	BaseTitles(OrganizationManagement organizations, Regions regions, MessageSource messages) {
		this.organizations = organizations;
		this.regions = regions;
		this.messages = messages;
	}

	String of(BaseView base, Locale locale) {
		return of(base.level(), base.authorityId(), base.regionCode(), locale);
	}

	String of(ProfileLevel level, long authorityId, String baseRegionCode, Locale locale) {
		if (level == ProfileLevel.NATIONAL) {
			return messages.getMessage("plaque.title.national", null, locale);
		}
		return messages.getMessage("plaque.title.regional", new Object[] { regionName(level, authorityId, baseRegionCode) },
				locale);
	}

	/**
	 * The authority's own region (福建省 for 福建省人力资源和社会保障厅); failing that, the base's province
	 * or city by the level, so that an authority without a region still gives a title that reads right.
	 */
	private String regionName(ProfileLevel level, long authorityId, String baseRegionCode) {
		Optional<Region> authorityRegion = organizations.find(authorityId).flatMap(o -> regions.find(o.regionCode()));
		if (authorityRegion.isPresent()) {
			return authorityRegion.get().name();
		}
		RegionLevel wanted = level == ProfileLevel.PROVINCIAL ? RegionLevel.PROVINCE : RegionLevel.CITY;
		List<Region> lineage = regions.lineage(baseRegionCode);
		return lineage.stream().filter(r -> r.level() == wanted).findFirst().map(Region::name).orElse("");
	}

	/** The authority's region as a prefix of full region names (福建省), empty when it has none. */
	String authorityRegionFullName(long authorityId) {
		return organizations.find(authorityId).flatMap(o -> regions.find(o.regionCode())).map(Region::fullName).orElse("");
	}
}
