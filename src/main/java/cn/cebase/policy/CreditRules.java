package cn.cebase.policy;

import java.util.List;

/**
 * 学时要求: the annual hours a learner must reach — a total, a minimum per category and shares of the
 * total (专业科目 ≥ 2/3, 人社部令第25号 第八条), each cited. Where a document is silent the profile
 * carries the national rule, citing it, with a note that the document itself sets nothing.
 *
 * @param annualHours the total a year
 * @param publicMinimum 公需科目 hours at least, or silent
 * @param professionalMinimum 专业科目 hours at least, or silent
 * @param electiveMinimum 选修 hours at least, or silent
 * @param shares minimum shares of the total per category
 * @param baseTrainingCounts whether training at a base is recorded as continuing-education hours
 */
public record CreditRules(Cited<Integer> annualHours, Cited<Integer> publicMinimum, Cited<Integer> professionalMinimum,
		Cited<Integer> electiveMinimum, List<Cited<HoursShare>> shares, Cited<Boolean> baseTrainingCounts) {

	public CreditRules {
		shares = shares == null ? List.of() : List.copyOf(shares);
	}

	/** The minimum of one category, silent where none is set. */
	public Cited<Integer> minimum(HoursCategory category) {
		return switch (category) {
			case PUBLIC -> publicMinimum;
			case PROFESSIONAL -> professionalMinimum;
			case ELECTIVE -> electiveMinimum;
		};
	}

	/** At least {@code numerator}/{@code denominator} of the year's hours in {@code category}. */
	public record HoursShare(HoursCategory category, int numerator, int denominator) {

		/** Whether {@code hours} of the category meet the share of {@code total}. */
		public boolean metBy(int hours, int total) {
			return (long) hours * denominator >= (long) total * numerator;
		}
	}
}
