package cn.cebase.institution;

/** An institution registered and waits for the authority of its region. */
public record InstitutionRegistered(long institutionId, String name, long authorityId) {
}
