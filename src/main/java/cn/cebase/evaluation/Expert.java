package cn.cebase.evaluation;

import java.time.Instant;
import java.util.List;

/** An expert of an authority's pool. */
public record Expert(long id, long authorityId, long userId, String username, String name, String employer,
		String employerCreditCode, String regionCode, String titleSeries, TitleLevel titleLevel, List<String> fields,
		String phone, String email, boolean active, Instant createdAt) {

	/** Whether the expert works in the field, by the field's name as the call lists it. */
	public boolean worksIn(String field) {
		return field == null || fields.stream().anyMatch(f -> f.equals(field) || f.contains(field) || field.contains(f));
	}
}
