package cn.cebase.declaration;

import java.time.Instant;

/** One submitted version of a form, kept whole for comparison. */
public record DeclarationVersion(int number, DeclarationForm form, Instant submittedAt, long submittedBy) {
}
