package cn.cebase.call.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.cebase.call.SelfCheckInput;
import cn.cebase.policy.TrackKind;

/** 资格自查 form: what the institution declares; kept as typed between checks. */
public class SelfCheckForm {

	private TrackKind track = TrackKind.REGULAR;

	private Boolean independentLegalPerson;

	private Integer venueSeats;

	private Integer managers;

	private Integer trainees1;

	private Integer trainees2;

	private Integer trainees3;

	private Boolean platformConnects;

	private Set<String> platformFunctions = new LinkedHashSet<>();

	private String keyField;

	SelfCheckInput toInput() {
		return new SelfCheckInput(track, independentLegalPerson, venueSeats, managers,
				new ArrayList<>(Arrays.asList(trainees1, trainees2, trainees3)), platformConnects, platformFunctions,
				keyField == null || keyField.isBlank() ? null : keyField);
	}

	public TrackKind getTrack() { return track; }
	public void setTrack(TrackKind track) { this.track = track; }
	public Boolean getIndependentLegalPerson() { return independentLegalPerson; }
	public void setIndependentLegalPerson(Boolean independentLegalPerson) { this.independentLegalPerson = independentLegalPerson; }
	public Integer getVenueSeats() { return venueSeats; }
	public void setVenueSeats(Integer venueSeats) { this.venueSeats = venueSeats; }
	public Integer getManagers() { return managers; }
	public void setManagers(Integer managers) { this.managers = managers; }
	public Integer getTrainees1() { return trainees1; }
	public void setTrainees1(Integer trainees1) { this.trainees1 = trainees1; }
	public Integer getTrainees2() { return trainees2; }
	public void setTrainees2(Integer trainees2) { this.trainees2 = trainees2; }
	public Integer getTrainees3() { return trainees3; }
	public void setTrainees3(Integer trainees3) { this.trainees3 = trainees3; }
	public Boolean getPlatformConnects() { return platformConnects; }
	public void setPlatformConnects(Boolean platformConnects) { this.platformConnects = platformConnects; }
	public Set<String> getPlatformFunctions() { return platformFunctions; }
	public void setPlatformFunctions(Set<String> platformFunctions) {
		this.platformFunctions = platformFunctions == null ? new LinkedHashSet<>() : platformFunctions;
	}
	public String getKeyField() { return keyField; }
	public void setKeyField(String keyField) { this.keyField = keyField; }
}
