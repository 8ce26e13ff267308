package cn.cebase.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.cebase.organization.Organization;
import cn.cebase.organization.OrganizationKind;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.policy.PolicyProfile;
import cn.cebase.policy.PolicyProfile.RouteStage;
import cn.cebase.policy.RecommenderKind;
import cn.cebase.policy.RouteActor;
import cn.cebase.policy.TrackKind;
import cn.cebase.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * Resolves a call's route (DESIGN.md §2.4) for one applicant: for each stage of the profile, the
 * organisation that acts, given the applicant's region and the organisation it chose to apply
 * through (its 推荐单位, or its 行业主管部门 where the route starts there).
 */
@Component
class CallRoutes {

	private final OrganizationManagement organizations;

	CallRoutes(OrganizationManagement organizations) {
		this.organizations = organizations;
	}

	/** What the applicant chooses on its form: a recommender, an industry authority, or nothing. */
	Channel channelOf(PolicyProfile profile, TrackKind track) {
		if (track != null && track.goesStraightToAuthority()) {
			return Channel.NONE;
		}
		for (RouteStage stage : profile.review().route()) {
			switch (stage.actor()) {
				case RECOMMENDER:
					return Channel.RECOMMENDER_REQUIRED;
				case INDUSTRY_AUTHORITY_ELSE_SAME_LEVEL_HRSS, COUNTY_HRSS_OR_CITY_DEPARTMENT:
					return Channel.INDUSTRY_AUTHORITY_OPTIONAL;
				case CITY_HRSS, AUTHORITY:
					break;
			}
		}
		return Channel.NONE;
	}

	/** The organisations an applicant in {@code regionCode} may apply through in this call. */
	List<Organization> channels(Call call, PolicyProfile profile, String regionCode, TrackKind track) {
		Channel channel = channelOf(profile, track);
		if (channel == Channel.NONE) {
			return List.of();
		}
		Organization authority = organizations.get(call.authorityId());
		List<Organization> candidates = organizations.staffOrganizations(cn.cebase.organization.DataScope.of(authority));
		return switch (channel) {
			case RECOMMENDER_REQUIRED -> {
				List<RecommenderKind> kinds = recommendersOf(profile);
				yield candidates.stream()
					.filter(o -> o.id() != authority.id())
					.filter(o -> kinds.contains(CallManagement.recommenderKind(o)))
					.filter(o -> servesRegion(o, regionCode))
					.toList();
			}
			case INDUSTRY_AUTHORITY_OPTIONAL -> candidates.stream()
				.filter(o -> o.kind() == OrganizationKind.INDUSTRY_DEPARTMENT)
				.filter(o -> servesRegion(o, regionCode))
				.toList();
			case NONE -> List.of();
		};
	}

	/**
	 * The stages for this applicant. Consecutive stages that fall to the same organisation are one
	 * stage (a JL applicant without an industry authority in a city goes to the city bureau once),
	 * and a stage that falls to the authority itself is its intake.
	 */
	List<RouteStop> resolve(Call call, PolicyProfile profile, String regionCode, Long channelId, TrackKind track) {
		Organization authority = organizations.get(call.authorityId());
		if (track != null && track.goesStraightToAuthority()) {
			return straightToAuthority(profile, authority, channelId, track);
		}
		Channel channel = channelOf(profile, track);
		Organization chosen = null;
		if (channelId != null) {
			chosen = channels(call, profile, regionCode, track).stream()
				.filter(o -> o.id() == channelId)
				.findFirst()
				.orElseThrow(() -> BusinessException.invalidField("channelId", "call.route.channelNotAllowed"));
		}
		else if (channel == Channel.RECOMMENDER_REQUIRED) {
			throw BusinessException.invalidField("channelId", "call.route.channelRequired");
		}
		List<RouteStage> stages = profile.review().route();
		List<Organization> actors = new ArrayList<>();
		List<RouteStage> named = new ArrayList<>();
		for (RouteStage stage : stages) {
			Organization actor = switch (stage.actor()) {
				case AUTHORITY -> authority;
				case RECOMMENDER -> chosen;
				case CITY_HRSS -> cityBureau(regionCode);
				case INDUSTRY_AUTHORITY_ELSE_SAME_LEVEL_HRSS, COUNTY_HRSS_OR_CITY_DEPARTMENT ->
					chosen != null ? chosen : organizations.responsibleAuthority(regionCode).orElse(null);
			};
			if (actor == null) {
				throw BusinessException.invalidField("channelId", "call.route.noActor", stage.name());
			}
			int last = actors.size() - 1;
			if (last >= 0 && actors.get(last).id() == actor.id()) {
				actors.remove(last);
				named.remove(last);
			}
			if (stage.actor() != RouteActor.AUTHORITY && actor.id() == authority.id()) {
				continue;
			}
			actors.add(actor);
			named.add(stage);
		}
		List<RouteStop> stops = new ArrayList<>();
		for (int i = 0; i < actors.size(); i++) {
			boolean intake = i == actors.size() - 1;
			boolean recommends = i == actors.size() - 2;
			stops.add(new RouteStop(i + 1, named.get(i).name(), actors.get(i), recommends, intake, named.get(i).source()));
		}
		return stops;
	}

	/**
	 * 直接申请 (ZB 第二十五条): one stop, the authority's intake, named as the profile names the
	 * authority's stage and cited to the track's article.
	 */
	private static List<RouteStop> straightToAuthority(PolicyProfile profile, Organization authority, Long channelId,
			TrackKind track) {
		if (channelId != null) {
			throw BusinessException.invalidField("channelId", "call.route.channelNotAllowed");
		}
		RouteStage stage = profile.review().route().get(profile.review().route().size() - 1);
		String source = profile.application().tracks()
			.stream()
			.filter(t -> t.kind() == track)
			.map(PolicyProfile.TrackSetting::source)
			.findFirst()
			.orElse(stage.source());
		return List.of(new RouteStop(1, stage.name(), authority, false, true, source));
	}

	private Organization cityBureau(String regionCode) {
		if (regionCode == null || regionCode.length() != 6) {
			return null;
		}
		return organizations.responsibleAuthority(regionCode.substring(0, 4) + "00")
			.filter(o -> o.kind() == OrganizationKind.CITY_HRSS)
			.orElse(null);
	}

	/** Who may recommend: the stage's list, or for a profile stored before it had one, the kinds its quotas name. */
	private static List<RecommenderKind> recommendersOf(PolicyProfile profile) {
		Optional<RouteStage> stage = profile.review().route().stream().filter(s -> s.actor() == RouteActor.RECOMMENDER).findFirst();
		if (stage.isPresent() && !stage.get().recommenders().isEmpty()) {
			return stage.get().recommenders();
		}
		if (!profile.review().quotas().isEmpty()) {
			return profile.review().quotas().stream().map(PolicyProfile.QuotaSetting::recommender).toList();
		}
		return List.of(RecommenderKind.values());
	}

	/**
	 * A bureau serves the applicant's own province, city or county; a department, ministry or
	 * enterprise serves any applicant in its jurisdiction (the applicant declares it belongs to it).
	 */
	static boolean servesRegion(Organization organization, String regionCode) {
		if (organization.kind() == OrganizationKind.MINISTRY || organization.kind() == OrganizationKind.CENTRAL_SOE) {
			return true;
		}
		String own = organization.regionCode();
		if (own == null || regionCode == null || regionCode.length() != 6 || own.length() != 6) {
			return own == null;
		}
		String prefix = own.endsWith("0000") ? own.substring(0, 2) : own.endsWith("00") ? own.substring(0, 4) : own;
		return regionCode.startsWith(prefix);
	}

	enum Channel {
		RECOMMENDER_REQUIRED, INDUSTRY_AUTHORITY_OPTIONAL, NONE
	}
}
