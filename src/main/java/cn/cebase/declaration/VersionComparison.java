package cn.cebase.declaration;

/** Two versions of an application side by side: which ones, and what changed from the first to the second. */
public record VersionComparison(long declarationId, VersionEntry from, VersionEntry to, DeclarationComparison comparison) {
}
