package cn.cebase.declaration.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.cebase.declaration.DeclarationForm;

/** The 申报表 as the page posts it; kept whole when something is wrong. */
public class DeclarationFormBean {

	private String unitNature;
	private Boolean existingRegionalBase;
	private String existingBaseName;
	private String overview;
	private String teachers;
	private String keyFieldTraining;
	private String managementSystem;
	private String organisationalSupport;
	private String performanceTargetsAndFunding;
	private String mainFieldsAndFeatures;
	private String keyField;
	private Boolean independentLegalPerson;
	private Integer venueSeats;
	private Integer fullTimeManagersWithBachelor;
	private Integer trainees1;
	private Integer trainees2;
	private Integer trainees3;
	private Boolean platformConnectsToProvince;
	private Set<String> platformFunctions = new LinkedHashSet<>();
	/** The organisation applied through; not part of the form's text, kept on the application. */
	private Long channelId;

	static DeclarationFormBean of(cn.cebase.declaration.Declaration d) {
		DeclarationFormBean b = of(d.form());
		b.channelId = d.channelId();
		return b;
	}

	static DeclarationFormBean of(DeclarationForm f) {
		DeclarationFormBean b = new DeclarationFormBean();
		b.unitNature = f.unitNature();
		b.existingRegionalBase = f.existingRegionalBase();
		b.existingBaseName = f.existingBaseName();
		b.overview = f.overview();
		b.teachers = f.teachers();
		b.keyFieldTraining = f.keyFieldTraining();
		b.managementSystem = f.managementSystem();
		b.organisationalSupport = f.organisationalSupport();
		b.performanceTargetsAndFunding = f.performanceTargetsAndFunding();
		b.mainFieldsAndFeatures = f.mainFieldsAndFeatures();
		b.keyField = f.keyField();
		b.independentLegalPerson = f.independentLegalPerson();
		b.venueSeats = f.venueSeats();
		b.fullTimeManagersWithBachelor = f.fullTimeManagersWithBachelor();
		var years = f.annualTrainees() == null ? java.util.List.<Integer>of() : f.annualTrainees();
		b.trainees1 = years.size() > 0 ? years.get(0) : null;
		b.trainees2 = years.size() > 1 ? years.get(1) : null;
		b.trainees3 = years.size() > 2 ? years.get(2) : null;
		b.platformConnectsToProvince = f.platformConnectsToProvince();
		b.platformFunctions = f.platformFunctions() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(f.platformFunctions());
		return b;
	}

	DeclarationForm toForm() {
		return new DeclarationForm(unitNature, existingRegionalBase, existingBaseName, overview, teachers, keyFieldTraining,
				managementSystem, organisationalSupport, performanceTargetsAndFunding, mainFieldsAndFeatures,
				keyField == null || keyField.isBlank() ? null : keyField, independentLegalPerson, venueSeats,
				fullTimeManagersWithBachelor, new ArrayList<>(Arrays.asList(trainees1, trainees2, trainees3)),
				platformConnectsToProvince, new ArrayList<>(platformFunctions));
	}

	public String getUnitNature() { return unitNature; }
	public void setUnitNature(String v) { unitNature = v; }
	public Boolean getExistingRegionalBase() { return existingRegionalBase; }
	public void setExistingRegionalBase(Boolean v) { existingRegionalBase = v; }
	public String getExistingBaseName() { return existingBaseName; }
	public void setExistingBaseName(String v) { existingBaseName = v; }
	public String getOverview() { return overview; }
	public void setOverview(String v) { overview = v; }
	public String getTeachers() { return teachers; }
	public void setTeachers(String v) { teachers = v; }
	public String getKeyFieldTraining() { return keyFieldTraining; }
	public void setKeyFieldTraining(String v) { keyFieldTraining = v; }
	public String getManagementSystem() { return managementSystem; }
	public void setManagementSystem(String v) { managementSystem = v; }
	public String getOrganisationalSupport() { return organisationalSupport; }
	public void setOrganisationalSupport(String v) { organisationalSupport = v; }
	public String getPerformanceTargetsAndFunding() { return performanceTargetsAndFunding; }
	public void setPerformanceTargetsAndFunding(String v) { performanceTargetsAndFunding = v; }
	public String getMainFieldsAndFeatures() { return mainFieldsAndFeatures; }
	public void setMainFieldsAndFeatures(String v) { mainFieldsAndFeatures = v; }
	public String getKeyField() { return keyField; }
	public void setKeyField(String v) { keyField = v; }
	public Boolean getIndependentLegalPerson() { return independentLegalPerson; }
	public void setIndependentLegalPerson(Boolean v) { independentLegalPerson = v; }
	public Integer getVenueSeats() { return venueSeats; }
	public void setVenueSeats(Integer v) { venueSeats = v; }
	public Integer getFullTimeManagersWithBachelor() { return fullTimeManagersWithBachelor; }
	public void setFullTimeManagersWithBachelor(Integer v) { fullTimeManagersWithBachelor = v; }
	public Integer getTrainees1() { return trainees1; }
	public void setTrainees1(Integer v) { trainees1 = v; }
	public Integer getTrainees2() { return trainees2; }
	public void setTrainees2(Integer v) { trainees2 = v; }
	public Integer getTrainees3() { return trainees3; }
	public void setTrainees3(Integer v) { trainees3 = v; }
	public Boolean getPlatformConnectsToProvince() { return platformConnectsToProvince; }
	public void setPlatformConnectsToProvince(Boolean v) { platformConnectsToProvince = v; }
	public Set<String> getPlatformFunctions() { return platformFunctions; }
	public void setPlatformFunctions(Set<String> v) { platformFunctions = v == null ? new LinkedHashSet<>() : v; }

	public Long getChannelId() {
		return channelId;
	}

	public void setChannelId(Long channelId) {
		this.channelId = channelId;
	}
}
