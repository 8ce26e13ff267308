package cn.cebase.base;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.cebase.policy.ProfileLevel;
import cn.cebase.shared.BusinessException;

/**
 * What someone looks for in the public registry. Blank values mean "any"; {@code regionCode} is a
 * GB/T 2260 code, a province or city standing for everything in it; {@code field} matches part of
 * a base's fields, {@code text} part of its name or number. With no statuses the registry shows
 * the bases that hold the title (ACTIVE, RECTIFYING and SUSPENDED_WORK).
 */
public record RegistryQuery(ProfileLevel level, String regionCode, String field, Set<BaseStatus> statuses, String text) {

	/** The status choice that lists every base, whatever its status. */
	public static final String ALL = "ALL";

	public static final Set<BaseStatus> HOLDING_TITLE = Set.copyOf(java.util.Arrays.stream(BaseStatus.values())
		.filter(BaseStatus::holdsTitle)
		.collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(BaseStatus.class))));

	public RegistryQuery {
		regionCode = blankToNull(regionCode);
		field = blankToNull(field);
		text = blankToNull(text);
		statuses = statuses == null || statuses.isEmpty() ? HOLDING_TITLE : Set.copyOf(statuses);
	}

	public static RegistryQuery holdingTitle() {
		return new RegistryQuery(null, null, null, null, null);
	}

	/**
	 * From the strings of a form or a URL. A level or status that does not exist and a region code
	 * that is not six digits are refused on their field: a link someone mistyped should say so
	 * rather than list everything.
	 */
	public static RegistryQuery parse(String level, String regionCode, String field, String status, String text) {
		return new RegistryQuery(level(level), region(regionCode), field, statuses(status), text);
	}

	/** Blank: those holding the title; {@value #ALL}: every status; else one status by its name. */
	public static Set<BaseStatus> statuses(String choice) {
		String value = blankToNull(choice);
		if (value == null) {
			return HOLDING_TITLE;
		}
		if (ALL.equalsIgnoreCase(value)) {
			return EnumSet.allOf(BaseStatus.class);
		}
		try {
			return EnumSet.of(BaseStatus.valueOf(value.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessException.invalidField("status", "registry.invalid.status");
		}
	}

	/** The status choice that gives these statuses: blank for the default, {@value #ALL}, or the one status. */
	public String statusChoice() {
		if (statuses.equals(HOLDING_TITLE)) {
			return "";
		}
		if (statuses.size() == BaseStatus.values().length) {
			return ALL;
		}
		return statuses.size() == 1 ? statuses.iterator().next().name() : "";
	}

	boolean allStatuses() {
		return statuses.size() == BaseStatus.values().length;
	}

	private static ProfileLevel level(String level) {
		String value = blankToNull(level);
		if (value == null) {
			return null;
		}
		try {
			return ProfileLevel.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessException.invalidField("level", "registry.invalid.level");
		}
	}

	private static String region(String regionCode) {
		String value = blankToNull(regionCode);
		if (value != null && !value.matches("\\d{6}")) {
			throw BusinessException.invalidField("regionCode", "registry.invalid.region");
		}
		return value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
