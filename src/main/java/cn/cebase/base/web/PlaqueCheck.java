package cn.cebase.base.web;

import cn.cebase.base.BaseView;
import cn.cebase.base.Registry;
import cn.cebase.shared.BusinessException;

/**
 * One check of a plaque, by the 基地编号 printed on it or by the verification code behind its QR:
 * what was typed (kept as typed, for the form) and the base it belongs to, if any. No base means
 * the number or code is not one the registry issued: a mistyped or forged plaque.
 */
record PlaqueCheck(By by, String typed, BaseView base) {

	enum By {
		NUMBER, CODE
	}

	/** The number if one was typed, else the code; neither is a mistake of the person asking. */
	static PlaqueCheck of(Registry registry, String number, String code) {
		if (number != null && !number.isBlank()) {
			return new PlaqueCheck(By.NUMBER, number, registry.byNumber(number).orElse(null));
		}
		if (code != null && !code.isBlank()) {
			return new PlaqueCheck(By.CODE, code, registry.byVerificationCode(code).orElse(null));
		}
		throw BusinessException.invalidField(number != null ? "number" : "code", "registry.verify.empty");
	}

	public boolean genuine() {
		return base != null;
	}

	/** The key of the verdict: registry.verdict.ACTIVE … or registry.verdict.UNKNOWN.NUMBER / .CODE. */
	public String verdictKey() {
		return base != null ? "registry.verdict." + base.status().name() : "registry.verdict.UNKNOWN." + by.name();
	}
}
