package cn.cebase.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 实地考察 of an accepted application ("对申报材料进行审核、实地考察和核实", FJ 第八条(四); "并进行实地考察",
 * JL 三(四)): when, by whom, what was found on each point of the checklist, photos, and the conclusion.
 */
public record Inspection(long id, long declarationId, long callId, String institutionName, LocalDate scheduledOn,
		String team, List<Item> items, List<Photo> photos, Conclusion conclusion, String conclusionText,
		Instant recordedAt) {

	/** The checklist: the points a site visit checks. */
	public enum Topic {
		/** 培训及远程教育设施. */
		FACILITIES,
		/** 培训师资. */
		TEACHERS,
		/** 管理制度及培训档案. */
		MANAGEMENT_RECORDS,
		/** 远程教育平台（网上报名、学习、考试、审核验证、用户管理）. */
		DISTANCE_LEARNING_PLATFORM
	}

	public enum Result {
		MEETS, PARTLY, FAILS
	}

	public enum Conclusion {
		PASS, FAIL
	}

	public record Item(Topic topic, Result result, String finding) {
	}

	public record Photo(long id, long fileId, String caption, Instant uploadedAt) {
	}

	public boolean recorded() {
		return conclusion != null;
	}
}
