package cn.cebase.recognition.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The board's forms for the end of a call: the publicity period's days, and the subsidies granted at recognition. */
public class ClosingForm {

	private Integer days;

	private Map<Long, Long> subsidies = new LinkedHashMap<>();

	public Integer getDays() {
		return days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public Map<Long, Long> getSubsidies() {
		return subsidies;
	}

	public void setSubsidies(Map<Long, Long> subsidies) {
		this.subsidies = subsidies;
	}
}
