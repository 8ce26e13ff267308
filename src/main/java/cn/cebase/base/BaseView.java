package cn.cebase.base;

import java.time.LocalDate;
import java.util.List;

import cn.cebase.policy.ProfileLevel;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * 继续教育基地: an institution recognised at a level by an authority, with the number on its
 * plaque and the code behind the plaque's QR. {@code source} says whether the platform recognised
 * it or an authority imported it from an earlier list (SD 附件3). The verification code is only ever
 * printed on the plaque (its QR code), never listed, so that one cannot be harvested from the API.
 */
public record BaseView(long id, String number, @JsonIgnore String verificationCode, Long institutionId, String name, String creditCode,
		ProfileLevel level, long authorityId, String authorityName, String regionCode, String regionName,
		List<String> fields, LocalDate recognizedOn, BaseStatus status, Long callId, Long declarationId, Source source,
		Long subsidyYuan, String address, String contactPerson, String contactPhone, LocalDate statusChangedOn,
		String statusReason) {

	/** Fields are stored as one string, separated by this character (never typed in a field name). */
	public static final String FIELD_SEPARATOR = "；";

	public enum Source {
		RECOGNIZED, IMPORTED
	}

	public BaseView {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}
}
