package cn.cebase.evaluation.web;

import cn.cebase.evaluation.ExpertDetails;
import cn.cebase.evaluation.TitleLevel;

/** The page's form for one expert; fields one per line, as typed. */
public class ExpertForm {

	private String name;
	private String employer;
	private String employerCreditCode;
	private String regionCode;
	private String titleSeries;
	private TitleLevel titleLevel;
	private String fields;
	private String phone;
	private String email;
	private String username;

	ExpertDetails toDetails() {
		return new ExpertDetails(name, employer, employerCreditCode, regionCode, titleSeries, titleLevel,
				fields == null ? java.util.List.of() : java.util.Arrays.asList(fields.split("[、,，;；\\r\\n]+")), phone, email,
				username);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmployer() { return employer; }
	public void setEmployer(String employer) { this.employer = employer; }
	public String getEmployerCreditCode() { return employerCreditCode; }
	public void setEmployerCreditCode(String employerCreditCode) { this.employerCreditCode = employerCreditCode; }
	public String getRegionCode() { return regionCode; }
	public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
	public String getTitleSeries() { return titleSeries; }
	public void setTitleSeries(String titleSeries) { this.titleSeries = titleSeries; }
	public TitleLevel getTitleLevel() { return titleLevel; }
	public void setTitleLevel(TitleLevel titleLevel) { this.titleLevel = titleLevel; }
	public String getFields() { return fields; }
	public void setFields(String fields) { this.fields = fields; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
}
