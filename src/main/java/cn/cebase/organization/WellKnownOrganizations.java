package cn.cebase.organization;

/** Codes of the organisations every installation has. */
public final class WellKnownOrganizations {

	/** 人力资源社会保障部: the root of the authorities' tree. */
	public static final String MOHRSS = "mohrss";

	/** The installation's operator, home of the system administrators. */
	public static final String PLATFORM = "platform";

	private WellKnownOrganizations() {
	}
}
