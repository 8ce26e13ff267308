package cn.cebase.call.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.cebase.call.CallDetails;
import cn.cebase.policy.TrackKind;

import org.springframework.format.annotation.DateTimeFormat;

/** 新建申报批次 form; times are typed in Beijing time, as the notices state them. */
public class CallForm {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private String profileCode;

	private String title;

	private Integer year;

	private String batchName;

	private String notice;

	// the format of <input type="datetime-local">, to the minute
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime opensAt;

	// the format of <input type="datetime-local">, to the minute
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime closesAt;

	private Set<TrackKind> tracks = new LinkedHashSet<>();

	private String keyFields;

	static CallForm of(cn.cebase.call.Call call) {
		CallDetails d = call.details();
		CallForm form = new CallForm();
		form.profileCode = call.profileCode();
		form.title = d.title();
		form.year = d.year();
		form.batchName = d.batchName();
		form.notice = d.notice();
		form.opensAt = LocalDateTime.ofInstant(d.opensAt(), BEIJING);
		form.closesAt = LocalDateTime.ofInstant(d.closesAt(), BEIJING);
		form.tracks = new LinkedHashSet<>(d.tracks());
		form.keyFields = String.join("\n", d.keyFields());
		return form;
	}

	CallDetails toDetails() {
		return new CallDetails(title, year, batchName, notice, opensAt == null ? null : opensAt.atZone(BEIJING).toInstant(),
				closesAt == null ? null : closesAt.atZone(BEIJING).toInstant(), new ArrayList<>(tracks),
				keyFields == null ? null : Arrays.stream(keyFields.split("[\\n,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	public String getProfileCode() { return profileCode; }
	public void setProfileCode(String profileCode) { this.profileCode = profileCode; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public String getBatchName() { return batchName; }
	public void setBatchName(String batchName) { this.batchName = batchName; }
	public String getNotice() { return notice; }
	public void setNotice(String notice) { this.notice = notice; }
	public LocalDateTime getOpensAt() { return opensAt; }
	public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
	public LocalDateTime getClosesAt() { return closesAt; }
	public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
	public Set<TrackKind> getTracks() { return tracks; }
	public void setTracks(Set<TrackKind> tracks) { this.tracks = tracks == null ? new LinkedHashSet<>() : tracks; }
	public String getKeyFields() { return keyFields; }
	public void setKeyFields(String keyFields) { this.keyFields = keyFields; }
}
