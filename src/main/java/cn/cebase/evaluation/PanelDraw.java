package cn.cebase.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import cn.cebase.review.AcceptedApplication;
import cn.cebase.shared.BusinessException;

/**
 * 抽取专家: the random draw of a panel, a pure function of the pool, the applications and the
 * seed, so that anyone can draw again from the recorded seed and get the same panel. The pool is
 * ordered by id and shuffled with {@link Random}, whose algorithm Java specifies.
 *
 * <p>回避 (DESIGN.md §2.5): an expert stands aside when employed by an applicant (same credit
 * code or name) or by an organisation on an applicant's route (its recommender or industry
 * authority), and, if asked, when working in an applicant's city. For a key field, only experts
 * of that field are drawn ("继续教育和相关领域的专家", NAT6 三(四), JL 三(四), ZB 第九条(三)).
 */
final class PanelDraw {

	private PanelDraw() {
	}

	record Result(List<Expert> members, List<Expert> reserves, int candidates, Map<Long, String> excluded) {
	}

	static Result draw(List<Expert> pool, List<AcceptedApplication> applications, String keyField, boolean avoidSameRegion,
			int size, int reserves, long seed) {
		List<Expert> candidates = new ArrayList<>();
		Map<Long, String> excluded = new LinkedHashMap<>();
		for (Expert expert : pool.stream().sorted(Comparator.comparingLong(Expert::id)).toList()) {
			Optional<String> reason = reasonToStandAside(expert, applications, keyField, avoidSameRegion);
			if (reason.isPresent()) {
				excluded.put(expert.id(), reason.get());
			}
			else {
				candidates.add(expert);
			}
		}
		if (candidates.size() < size) {
			throw BusinessException.invalidField("size", "panel.notEnoughExperts", size, candidates.size());
		}
		Collections.shuffle(candidates, new Random(seed));
		int reserveCount = Math.min(reserves, candidates.size() - size);
		return new Result(List.copyOf(candidates.subList(0, size)),
				List.copyOf(candidates.subList(size, size + reserveCount)), candidates.size(), excluded);
	}

	/** Why an expert may not sit on this panel, as a message key; empty when it may. */
	static Optional<String> reasonToStandAside(Expert expert, List<AcceptedApplication> applications, String keyField,
			boolean avoidSameRegion) {
		if (keyField != null && !expert.worksIn(keyField)) {
			return Optional.of("panel.excluded.field");
		}
		for (AcceptedApplication a : applications) {
			if (expert.employerCreditCode() != null && expert.employerCreditCode().equals(a.creditCode())
					|| expert.employer().equals(a.institutionName())) {
				return Optional.of("panel.excluded.applicant");
			}
			if (a.routeOrganizations().contains(expert.employer())) {
				return Optional.of("panel.excluded.recommender");
			}
			if (avoidSameRegion && a.regionCode() != null && expert.regionCode().length() == 6
					&& a.regionCode().substring(0, 4).equals(expert.regionCode().substring(0, 4))) {
				return Optional.of("panel.excluded.region");
			}
		}
		return Optional.empty();
	}
}
