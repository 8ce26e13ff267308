package cn.cebase.evaluation;

import java.util.List;

/** What an authority enters for an expert, on the page or in an import row. */
public record ExpertDetails(String name, String employer, String employerCreditCode, String regionCode,
		String titleSeries, TitleLevel titleLevel, List<String> fields, String phone, String email, String username) {

	public ExpertDetails {
		fields = fields == null ? List.of()
				: fields.stream().map(f -> f == null ? "" : f.strip()).filter(f -> !f.isEmpty()).distinct().toList();
	}
}
