package cn.cebase.audit;

import java.time.Instant;

/**
 * The result of walking the chain: how many rows were checked and, if the chain is broken, the
 * first row whose content or link does not match.
 */
public record ChainVerification(long checked, boolean intact, Long firstBrokenId, String problem, Instant verifiedAt) {
}
