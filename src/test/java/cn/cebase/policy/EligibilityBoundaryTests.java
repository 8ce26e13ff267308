package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric threshold of every seed at its boundary: the value itself passes, one below does not.
 * The numbers come from the built-in profiles; the table restates what the documents say.
 */
class EligibilityBoundaryTests {

	static Stream<Arguments> annualTrainees() {
		return Stream.of(
				// profile, region, track, trainees last year, expected — with the article
				Arguments.of("JL", "220100", TrackKind.REGULAR, 500, Outcome.PASS), // JL 一（五）
				Arguments.of("JL", "220100", TrackKind.REGULAR, 499, Outcome.FAIL),
				Arguments.of("SD", "370100", TrackKind.REGULAR, 2000, Outcome.PASS), // SD 一（五）
				Arguments.of("SD", "370100", TrackKind.REGULAR, 1999, Outcome.FAIL),
				Arguments.of("SD", "370100", TrackKind.RURAL_REVITALIZATION, 2000, Outcome.PASS), // SD 一（六）
				Arguments.of("SD", "370100", TrackKind.RURAL_REVITALIZATION, 1999, Outcome.NEEDS_EXPERT),
				Arguments.of("FJ", "350100", TrackKind.REGULAR, 1000, Outcome.PASS), // FJ 第七条（五）
				Arguments.of("FJ", "350100", TrackKind.REGULAR, 999, Outcome.FAIL),
				Arguments.of("ZB", "370303", TrackKind.REGULAR, 500, Outcome.PASS), // ZB 第八条（五）
				Arguments.of("ZB", "370303", TrackKind.REGULAR, 499, Outcome.FAIL));
	}

	@ParameterizedTest(name = "{0} {2}: {3} trainees a year → {4}")
	@MethodSource
	void annualTrainees(String profile, String region, TrackKind track, int trainees, Outcome expected) {
		EligibilityFacts facts = Facts.strongUniversityIn(region).trainees(trainees, trainees, trainees).facts();
		assertThat(outcome(profile, track, facts, "MINIMUM_ANNUAL_TRAINEES")).isEqualTo(expected);
	}

	static Stream<Arguments> fujianFacilities() {
		return Stream.of(Arguments.of(100, 5, Outcome.PASS, Outcome.PASS), // FJ 第七条（二）（三）
				Arguments.of(99, 4, Outcome.FAIL, Outcome.FAIL));
	}

	@ParameterizedTest(name = "FJ: venue {0}, managers {1}")
	@MethodSource
	void fujianFacilities(int seats, int managers, Outcome venue, Outcome managersOutcome) {
		EligibilityFacts facts = Facts.strongUniversityIn("350100").venueSeats(seats).managers(managers).facts();
		assertThat(outcome("FJ", TrackKind.REGULAR, facts, "VENUE_CAPACITY")).isEqualTo(venue);
		assertThat(outcome("FJ", TrackKind.REGULAR, facts, "FULL_TIME_MANAGERS")).isEqualTo(managersOutcome);
	}

	static Stream<Arguments> fujianRevocationBan() {
		// FJ 第二十四条: three years after a revocation an application is accepted again
		return Stream.of(Arguments.of(Facts.TODAY.minusYears(3), Outcome.PASS),
				Arguments.of(Facts.TODAY.minusYears(3).plusDays(1), Outcome.FAIL));
	}

	@ParameterizedTest(name = "FJ: revoked on {0} → {1}")
	@MethodSource
	void fujianRevocationBan(java.time.LocalDate revokedOn, Outcome expected) {
		EligibilityFacts facts = Facts.strongUniversityIn("350100").revokedOn(revokedOn).facts();
		assertThat(outcome("FJ", TrackKind.REGULAR, facts, "NO_RECENT_REVOCATION")).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: a strong institution of the region passes every rule it can decide")
	@org.junit.jupiter.params.provider.CsvSource({ "JL, 220200", "SD, 370300", "FJ, 350100", "ZB, 370303", "NAT6, 110101" })
	void aStrongInstitutionFailsNothing(String profile, String region) {
		EligibilityReport report = EligibilityCheck.run(Profiles.BUILT_IN.get(profile), TrackKind.REGULAR,
				Facts.strongUniversityIn(region).facts());
		assertThat(report.failures()).isEmpty();
		// the qualitative conditions are always for the experts
		assertThat(report.overall()).isEqualTo(Outcome.NEEDS_EXPERT);
	}

	private static Outcome outcome(String profile, TrackKind track, EligibilityFacts facts, String rule) {
		return EligibilityCheck.run(Profiles.BUILT_IN.get(profile), track, facts)
			.results()
			.stream()
			.filter(r -> r.rule().equals(rule))
			.findFirst()
			.orElseThrow(() -> new AssertionError(profile + " has no rule " + rule))
			.outcome();
	}
}
