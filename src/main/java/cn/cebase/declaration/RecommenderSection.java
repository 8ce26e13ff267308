package cn.cebase.declaration;

import java.time.LocalDate;

/**
 * 推荐单位意见: the part of the 申报表 the recommender fills (NAT6 附件, 以下由推荐单位填写) — whether it
 * builds regional or sectoral bases itself, its relation to the applicant, its reasons including the
 * tasks it gave the applicant in the last 3 years, its contact, and the date it signed. Filled by the
 * review; absent while the application has not been recommended.
 */
public record RecommenderSection(String recommenderName, boolean buildsBases, String buildsBasesNote, String relation,
		String reason, String contactName, String contactPhone, LocalDate date) {
}
