package cn.cebase.base.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.cebase.base.BaseAction;
import cn.cebase.base.BaseManagement;
import cn.cebase.base.RevocationGround;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The form of one change of a base's standing, as the authority fills it in; kept as typed when refused. */
public class StandingForm {

	private BaseAction action;

	private RevocationGround ground;

	private String basis;

	private String reason;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn;

	private boolean confirmed;

	private List<MultipartFile> evidence = new ArrayList<>();

	BaseManagement.ChangeRequest request() {
		return new BaseManagement.ChangeRequest(ground, basis, reason, effectiveOn);
	}

	public BaseAction getAction() {
		return action;
	}

	public void setAction(BaseAction action) {
		this.action = action;
	}

	public RevocationGround getGround() {
		return ground;
	}

	public void setGround(RevocationGround ground) {
		this.ground = ground;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public List<MultipartFile> getEvidence() {
		return evidence;
	}

	public void setEvidence(List<MultipartFile> evidence) {
		this.evidence = evidence == null ? new ArrayList<>() : evidence;
	}
}
