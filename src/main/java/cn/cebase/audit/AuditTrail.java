package cn.cebase.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends {@link AuditableAction}s to the chain inside the publishing transaction, so that a
 * change and its record commit or roll back together. Appends are serialised by a transaction
 * advisory lock: each row needs the hash of the one before it.
 */
@Service
public class AuditTrail {

	/** Any fixed number; it names the lock that orders appends. */
	private static final long APPEND_LOCK = 0x0CEBA5EL;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditAnchors anchors;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, AuditAnchors anchors) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.anchors = anchors;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AuditableAction action) {
		append(action);
	}

	void append(AuditableAction action) {
		CurrentUser actor = CurrentUser.signedIn().orElse(null);
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleRow();
		String prevHash = jdbc.sql("select hash from audit_event order by id desc limit 1").query(String.class).optional()
			.orElse(AuditHashing.GENESIS);
		long id = jdbc.sql("select nextval('audit_event_id')").query(Long.class).single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Long actorId = actor == null ? null : actor.id();
		// no user: a visitor (registration) if a request is behind it, else the platform itself (start-up, jobs)
		String actorName = actor != null ? actor.getUsername() : remoteAddress() != null ? "anonymous" : "system";
		Long orgId = actor == null ? null : actor.organizationId();
		String orgPath = actor == null ? null : actor.scope().path();
		String changes = json.writeValueAsString(new TreeMap<>(action.changes()));
		String remote = remoteAddress();
		String hash = AuditHashing.hash(prevHash, id, now, actorId, actorName, orgId, remote, action.action(),
				action.targetType(), action.targetId(), changes, action.reason());
		jdbc.sql("insert into audit_event (id, occurred_at, actor_id, actor_name, org_id, org_path, remote_addr, action,"
				+ " target_type, target_id, changes, reason, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
			.params(id, Timestamp.from(now), actorId, actorName, orgId, orgPath, remote, action.action(), action.targetType(),
					action.targetId(), changes, action.reason(), prevHash, hash)
			.update();
	}

	/** The trail in the user's scope: administrators see all, authority staff what their organisation and those below did. */
	@Transactional(readOnly = true)
	public PageResult<AuditEvent> list(CurrentUser actor, String targetType, String targetId, String action, PageRequest page) {
		String scope = readableScope(actor);
		String where = " where (org_path like :scope or (:global and org_path is null))"
				+ (blank(targetType) ? "" : " and target_type = :targetType")
				+ (blank(targetId) ? "" : " and target_id = :targetId")
				+ (blank(action) ? "" : " and action = :action");
		Map<String, Object> params = new TreeMap<>();
		params.put("scope", scope);
		params.put("global", actor.scope().global());
		if (!blank(targetType)) {
			params.put("targetType", targetType.strip());
		}
		if (!blank(targetId)) {
			params.put("targetId", targetId.strip());
		}
		if (!blank(action)) {
			params.put("action", action.strip());
		}
		List<AuditEvent> items = jdbc.sql("select * from audit_event" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditTrail::map)
			.list();
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/**
	 * Walks the whole chain in order and recomputes every hash; the first row whose stored hash,
	 * or whose link to the previous row, does not match is where the trail was tampered with. Rows
	 * anchored outside the table ({@link AuditAnchors}) must be there with the anchored hash, so
	 * that removing the newest rows, which leaves a valid shorter chain, is found too.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify(CurrentUser actor) {
		if (actor == null || !actor.has(Role.ADMIN)) {
			throw BusinessException.forbidden();
		}
		return verifyChain();
	}

	ChainVerification verifyChain() {
		long[] checked = { 0 };
		String[] previous = { AuditHashing.GENESIS };
		Long[] broken = { null };
		String[] problem = { null };
		Map<Long, String> anchored = new TreeMap<>();
		anchors.all().forEach(anchor -> anchored.put(anchor.id(), anchor.hash()));
		try (var rows = jdbc.sql("select * from audit_event order by id").withFetchSize(1000).query(AuditTrail::map).stream()) {
			rows.takeWhile(e -> broken[0] == null).forEach(event -> {
				checked[0]++;
				if (!event.prevHash().equals(previous[0])) {
					broken[0] = event.id();
					problem[0] = "audit.verify.linkBroken";
				}
				else if (!AuditHashing.hash(event).equals(event.hash())) {
					broken[0] = event.id();
					problem[0] = "audit.verify.contentAltered";
				}
				else if (anchored.containsKey(event.id()) && !anchored.remove(event.id()).equals(event.hash())) {
					// the row and everything after it were rewritten into a new valid chain
					broken[0] = event.id();
					problem[0] = "audit.verify.anchorMismatch";
				}
				previous[0] = event.hash();
			});
		}
		if (broken[0] == null && !anchored.isEmpty()) {
			broken[0] = anchored.keySet().iterator().next();
			problem[0] = "audit.verify.anchorMissing";
		}
		return new ChainVerification(checked[0], broken[0] == null, broken[0], problem[0], clock.instant());
	}

	/** The anchors as published for anyone to copy: one line each, "recorded-at id hash", oldest first. */
	public List<String> anchorLines() {
		return anchors.all().stream().map(AuditAnchors.Anchor::line).toList();
	}

	private static String readableScope(CurrentUser actor) {
		if (actor == null || !(actor.has(Role.ADMIN) || actor.has(Role.AUTHORITY))) {
			throw BusinessException.forbidden();
		}
		return actor.scope().pathPrefix();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static AuditEvent map(ResultSet rs, int n) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getObject("org_id", Long.class),
				rs.getString("remote_addr"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("changes"), rs.getString("reason"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
