package cn.cebase.institution.web;

import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionProfile;
import cn.cebase.institution.InstitutionType;

/** 变更备案 form: the profile as it should become, with the reason for the change. */
public class ProfileForm {

	private String name;

	private InstitutionType type;

	private String regionCode;

	private String address;

	private String legalRepresentative;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private String reason;

	private Integer version;

	static ProfileForm of(Institution institution) {
		InstitutionProfile p = institution.profile();
		ProfileForm form = new ProfileForm();
		form.name = p.name();
		form.type = p.type();
		form.regionCode = p.regionCode();
		form.address = p.address();
		form.legalRepresentative = p.legalRepresentative();
		form.contactName = p.contactName();
		form.contactPhone = p.contactPhone();
		form.contactEmail = p.contactEmail();
		form.version = institution.version();
		return form;
	}

	InstitutionProfile toProfile() {
		return new InstitutionProfile(trim(name), type, trim(regionCode), trim(address), trim(legalRepresentative),
				trim(contactName), trim(contactPhone), trim(contactEmail));
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public InstitutionType getType() { return type; }
	public void setType(InstitutionType type) { this.type = type; }
	public String getRegionCode() { return regionCode; }
	public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
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
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
