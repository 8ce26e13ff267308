package cn.cebase.institution.web;

import java.time.LocalDate;

import cn.cebase.institution.CreditRecordKind;

import org.springframework.format.annotation.DateTimeFormat;

/** 不良信用记录 form. */
public class CreditRecordForm {

	private CreditRecordKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private String source;

	private String note;

	public CreditRecordKind getKind() { return kind; }
	public void setKind(CreditRecordKind kind) { this.kind = kind; }
	public LocalDate getOccurredOn() { return occurredOn; }
	public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
	public String getSource() { return source; }
	public void setSource(String source) { this.source = source; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
}
