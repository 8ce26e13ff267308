package cn.cebase.institution.web;

import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.institution.InstitutionType;

/** The registration form as typed; kept whole when something is wrong so that nothing is lost. */
public class RegistrationForm {

	private String creditCode;

	private String name;

	private InstitutionType type;

	private String provinceCode;

	private String cityCode;

	private String countyCode;

	private String address;

	private String legalRepresentative;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private String username;

	private String password;

	private String passwordConfirm;

	private String displayName;

	/** The most precise region chosen: county, else city, else province. */
	public String getRegionCode() {
		return notBlank(countyCode) ? countyCode : notBlank(cityCode) ? cityCode : notBlank(provinceCode) ? provinceCode : null;
	}

	InstitutionRegistration toRegistration() {
		return new InstitutionRegistration(creditCode, name, type, getRegionCode(), address, legalRepresentative,
				contactName, contactPhone, contactEmail, username, password, displayName);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

	public String getCreditCode() { return creditCode; }
	public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public InstitutionType getType() { return type; }
	public void setType(InstitutionType type) { this.type = type; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getCityCode() { return cityCode; }
	public void setCityCode(String cityCode) { this.cityCode = cityCode; }
	public String getCountyCode() { return countyCode; }
	public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getLegalRepresentative() { return legalRepresentative; }
	public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public String getPasswordConfirm() { return passwordConfirm; }
	public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
}
