package cn.cebase.recognition;

import java.util.List;

import cn.cebase.call.HeldBases;
import cn.cebase.policy.ProfileLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bases an institution holds, for the call's rules: by its id, or by its credit code where the
 * base was imported before the institution registered. A lapsed, revoked or cancelled base holds
 * nothing.
 */
@Component
class BaseHoldings implements HeldBases {

	private final JdbcClient jdbc;

	BaseHoldings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HeldBase> heldBy(long institutionId, String creditCode) {
		return jdbc.sql("select level, authority_id, region_code, status from base where status in ('ACTIVE', 'RECTIFYING')"
				+ " and (institution_id = ? or institution_id is null and credit_code = ?) order by recognized_on, id")
			.params(institutionId, creditCode)
			.query((rs, n) -> new HeldBase(ProfileLevel.valueOf(rs.getString("level")), rs.getLong("authority_id"),
					rs.getString("region_code"), BaseStatus.valueOf(rs.getString("status")) == BaseStatus.ACTIVE))
			.list();
	}
}
