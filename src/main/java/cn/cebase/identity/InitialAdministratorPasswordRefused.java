package cn.cebase.identity;

/** {@code CEBASE_ADMIN_PASSWORD} breaks the password rule, so the first administrator cannot be created. */
class InitialAdministratorPasswordRefused extends IllegalStateException {

	private final String reasonZh;

	private final String reasonEn;

	InitialAdministratorPasswordRefused(String reasonZh, String reasonEn) {
		super("CEBASE_ADMIN_PASSWORD is refused: " + reasonEn);
		this.reasonZh = reasonZh;
		this.reasonEn = reasonEn;
	}

	String reasonZh() {
		return reasonZh;
	}

	String reasonEn() {
		return reasonEn;
	}
}
