package cn.cebase.review;

/**
 * 推荐函 / 推荐单位意见 (NAT6 附件): whether the recommender itself builds regional or sectoral
 * bases, its relation to the applicant, the reasons including the tasks it gave the applicant in
 * the last 3 years, and whom to contact.
 */
public record RecommendationLetter(Boolean buildsBases, String buildsBasesNote, String relation, String reason,
		String contactName, String contactPhone) {
}
