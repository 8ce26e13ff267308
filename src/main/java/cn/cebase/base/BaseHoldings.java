package cn.cebase.base;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.cebase.call.HeldBases;

import org.springframework.stereotype.Component;

/**
 * What the call's rules need of the bases an institution holds or held: by its id, or by its credit
 * code where the base was imported before the institution registered. A lapsed, revoked or
 * cancelled base holds nothing; a revoked one leaves the day of its revocation (FJ 第二十四条).
 */
@Component
class BaseHoldings implements HeldBases {

	private final Bases bases;

	BaseHoldings(Bases bases) {
		this.bases = bases;
	}

	@Override
	public List<HeldBase> heldBy(long institutionId, String creditCode) {
		return bases.holding(institutionId, creditCode);
	}

	@Override
	public Optional<LocalDate> lastRevokedOn(long authorityId, long institutionId, String creditCode) {
		return bases.lastRevokedOn(authorityId, institutionId, creditCode);
	}
}
