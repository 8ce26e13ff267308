package cn.cebase.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 政策配置: what one jurisdiction's document sets for the life of its bases, each value cited, in the
 * sections of that life — application (申报), review (审核与认定), operation (基地运行), supervision
 * (监督管理) and credit (学时要求). Built-in profiles ship in {@code resources/policy}; an authority
 * copies one into a new version for a new year.
 */
public record PolicyProfile(String code, String jurisdiction, int version, String title, String document,
		ProfileLevel level, String regionCode, Cited<LocalDate> effectiveFrom, Cited<LocalDate> effectiveTo,
		ApplicationRules application, ReviewRules review, OperationRules operation, SupervisionRules supervision,
		CreditRules credit, List<Cited<String>> notes) {

	public PolicyProfile {
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/** The same profile with other sections; the identity, dates and notes stay. */
	public PolicyProfile with(ApplicationRules application, ReviewRules review, OperationRules operation,
			SupervisionRules supervision, CreditRules credit) {
		return new PolicyProfile(code, jurisdiction, version, title, document, level, regionCode, effectiveFrom, effectiveTo,
				application, review, operation, supervision, credit, notes);
	}

	/** One eligibility condition: the named rule, its parameters, the tracks it applies to (all if empty). */
	public record RuleSetting(String rule, Map<String, Object> parameters, List<TrackKind> tracks, String source) {

		public RuleSetting {
			parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
			tracks = tracks == null ? List.of() : List.copyOf(tracks);
		}

		public boolean appliesTo(TrackKind track) {
			return tracks.isEmpty() || tracks.contains(track);
		}
	}

	/** A track of the profile: whether it counts against quotas and its own threshold changes. */
	public record TrackSetting(TrackKind kind, boolean outsideQuota, String source, String note) {
	}

	/** How many a kind of recommender may recommend, and how many of those per track. */
	public record QuotaSetting(RecommenderKind recommender, int total, Map<TrackKind, Integer> perTrack, String source) {

		public QuotaSetting {
			perTrack = perTrack == null ? Map.of() : Map.copyOf(perTrack);
		}
	}

	/**
	 * One stage of the review route: who acts and what they do. For a {@link RouteActor#RECOMMENDER}
	 * stage, {@code recommenders} names the kinds of organisation an applicant may apply through.
	 */
	public record RouteStage(String name, RouteActor actor, String action, String source,
			List<RecommenderKind> recommenders) {

		public RouteStage {
			recommenders = recommenders == null ? List.of() : List.copyOf(recommenders);
		}

		public RouteStage(String name, RouteActor actor, String action, String source) {
			this(name, actor, action, source, List.of());
		}
	}
}
