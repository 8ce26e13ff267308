package cn.cebase.institution;

import java.util.Set;

/** A profile change was filed (备案); the authority is told. */
public record InstitutionProfileChanged(long institutionId, String name, long authorityId, Set<String> fields) {
}
