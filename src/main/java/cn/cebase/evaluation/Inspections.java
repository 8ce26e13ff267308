package cn.cebase.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.cebase.declaration.DeclarationProgress;
import cn.cebase.declaration.DeclarationStatus;
import cn.cebase.document.FileKind;
import cn.cebase.document.FileStore;
import cn.cebase.identity.CurrentUser;
import cn.cebase.identity.Role;
import cn.cebase.review.AcceptedApplication;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.AuditableAction;
import cn.cebase.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实地考察: the authority schedules a visit to an accepted applicant, records what it found on each
 * point of the checklist with photos, and concludes. The record is what the committee reads when
 * it decides; the panel's experts on the application may read it too.
 */
@Service
@Transactional
public class Inspections {

	private final JdbcClient jdbc;

	private final ReviewManagement reviews;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PanelReaders readers;

	private final DeclarationProgress progress;

	Inspections(JdbcClient jdbc, ReviewManagement reviews, FileStore files, ApplicationEventPublisher events, Clock clock,
			PanelReaders readers, DeclarationProgress progress) {
		this.progress = progress;
		this.readers = readers;
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	public Inspection schedule(CurrentUser actor, long callId, long declarationId, LocalDate on, String team) {
		AcceptedApplication application = accepted(actor, callId, declarationId);
		List<BusinessException> problems = new ArrayList<>();
		if (on == null) {
			problems.add(BusinessException.invalidField("scheduledOn", "validation.required"));
		}
		String cleanTeam = team == null ? null : team.strip();
		if (cleanTeam == null || cleanTeam.isEmpty()) {
			problems.add(BusinessException.invalidField("team", "validation.required"));
		}
		else if (cleanTeam.length() > 500) {
			problems.add(BusinessException.invalidField("team", "validation.tooLong", 500));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		if (find(declarationId).isPresent()) {
			jdbc.sql("update inspection set scheduled_on = ?, team = ? where declaration_id = ? and conclusion is null")
				.params(Date.valueOf(on), cleanTeam, declarationId)
				.update();
		}
		else {
			jdbc.sql("insert into inspection (declaration_id, call_id, scheduled_on, team, scheduled_by) values (?,?,?,?,?)")
				.params(declarationId, callId, Date.valueOf(on), cleanTeam, actor.id())
				.update();
		}
		progress.advanceTo(declarationId, DeclarationStatus.SITE_INSPECTION);
		events.publishEvent(AuditableAction.of("inspection.schedule", "declaration", application.declarationId())
			.withChanges(Map.of("on", on.toString(), "team", cleanTeam)));
		return find(declarationId).orElseThrow();
	}

	/** 考察结论: every checklist point with its result, and a conclusion with reasons; recorded once. */
	public Inspection record(CurrentUser actor, long callId, long declarationId, List<Inspection.Item> items,
			Inspection.Conclusion conclusion, String text) {
		accepted(actor, callId, declarationId);
		Inspection inspection = find(declarationId).orElseThrow(() -> BusinessException.conflict("inspection.notScheduled"));
		if (inspection.recorded()) {
			throw BusinessException.conflict("inspection.alreadyRecorded");
		}
		List<BusinessException> problems = new ArrayList<>();
		EnumSet<Inspection.Topic> seen = EnumSet.noneOf(Inspection.Topic.class);
		for (Inspection.Item item : items == null ? List.<Inspection.Item>of() : items) {
			if (item.topic() != null && item.result() != null) {
				seen.add(item.topic());
			}
			if (item.finding() != null && item.finding().length() > 2000) {
				problems.add(BusinessException.invalidField("findings[" + item.topic() + "]", "validation.tooLong", 2000));
			}
		}
		for (Inspection.Topic topic : Inspection.Topic.values()) {
			if (!seen.contains(topic)) {
				problems.add(BusinessException.invalidField("results[" + topic + "]", "inspection.resultRequired"));
			}
		}
		if (conclusion == null) {
			problems.add(BusinessException.invalidField("conclusion", "validation.required"));
		}
		String clean = text == null || text.isBlank() ? null : text.strip();
		if (clean == null) {
			problems.add(BusinessException.invalidField("conclusionText", "validation.required"));
		}
		else if (clean.length() > 2000) {
			problems.add(BusinessException.invalidField("conclusionText", "validation.tooLong", 2000));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.invalid(problems);
		}
		for (Inspection.Item item : items) {
			jdbc.sql("insert into inspection_item (inspection_id, topic, result, finding) values (?,?,?,?)"
					+ " on conflict (inspection_id, topic) do update set result = excluded.result, finding = excluded.finding")
				.params(inspection.id(), item.topic().name(), item.result().name(),
						item.finding() == null || item.finding().isBlank() ? null : item.finding().strip())
				.update();
		}
		jdbc.sql("update inspection set conclusion = ?, conclusion_text = ?, recorded_by = ?, recorded_at = ? where id = ?")
			.params(conclusion.name(), clean, actor.id(), Timestamp.from(clock.instant()), inspection.id())
			.update();
		events.publishEvent(AuditableAction.of("inspection.record", "declaration", declarationId)
			.withChanges(Map.of("conclusion", conclusion.name()))
			.withReason(clean));
		return find(declarationId).orElseThrow();
	}

	/** A photo taken on the visit: JPEG or PNG, judged by its content. */
	public Inspection addPhoto(CurrentUser actor, long callId, long declarationId, String caption, byte[] content) {
		accepted(actor, callId, declarationId);
		Inspection inspection = find(declarationId).orElseThrow(() -> BusinessException.conflict("inspection.notScheduled"));
		String clean = caption == null || caption.isBlank() ? null : caption.strip();
		if (clean == null) {
			throw BusinessException.invalidField("caption", "validation.required");
		}
		if (clean.length() > 200) {
			throw BusinessException.invalidField("caption", "validation.tooLong", 200);
		}
		var stored = files.store(content, EnumSet.of(FileKind.JPEG, FileKind.PNG), "photo");
		jdbc.sql("insert into inspection_photo (inspection_id, file_id, caption, uploaded_by, uploaded_at) values (?,?,?,?,?)")
			.params(inspection.id(), stored.id(), clean, actor.id(), Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(AuditableAction.of("inspection.photo", "declaration", declarationId)
			.withChanges(Map.of("caption", clean, "sha256", stored.sha256())));
		return find(declarationId).orElseThrow();
	}

	/** The inspection of an application, for its call's authority or an expert who may read the application. */
	@Transactional(readOnly = true)
	public Optional<Inspection> of(CurrentUser actor, long callId, long declarationId) {
		if (actor.has(Role.EXPERT)) {
			if (!readers.mayRead(actor, declarationId)) {
				throw BusinessException.notFound();
			}
			return find(declarationId).filter(i -> i.callId() == callId);
		}
		ownCall(actor, callId);
		return find(declarationId).filter(i -> i.callId() == callId);
	}

	/** Every inspection of a call, for its authority. */
	@Transactional(readOnly = true)
	public List<Inspection> ofCall(CurrentUser actor, long callId) {
		ownCall(actor, callId);
		return jdbc.sql("select declaration_id from inspection where call_id = ? order by declaration_id")
			.param(callId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	/** The call's own authority reads its visits at any later stage too (the committee decides after them). */
	private void ownCall(CurrentUser actor, long callId) {
		try {
			reviews.accepted(actor, callId);
		}
		catch (BusinessException ex) {
			throw ex.kind() == BusinessException.Kind.FORBIDDEN ? BusinessException.notFound() : ex;
		}
	}

	/** A photo's bytes, for whoever may read the inspection. */
	@Transactional(readOnly = true)
	public byte[] photo(CurrentUser actor, long callId, long declarationId, long photoId) {
		Inspection inspection = of(actor, callId, declarationId).orElseThrow(BusinessException::notFound);
		Inspection.Photo photo = inspection.photos().stream().filter(p -> p.id() == photoId).findFirst()
			.orElseThrow(BusinessException::notFound);
		return files.content(photo.fileId()).orElseThrow(BusinessException::notFound);
	}

	private AcceptedApplication accepted(CurrentUser actor, long callId, long declarationId) {
		try {
			return reviews.accepted(actor, callId).stream()
				.filter(a -> a.declarationId() == declarationId)
				.findFirst()
				.orElseThrow(BusinessException::notFound);
		}
		catch (BusinessException ex) {
			if (ex.kind() == BusinessException.Kind.FORBIDDEN) {
				throw BusinessException.notFound();
			}
			throw ex;
		}
	}

	Optional<Inspection> find(long declarationId) {
		return jdbc.sql("select n.*, i.name from inspection n join declaration_states d on d.id = n.declaration_id"
				+ " join institution_directory i on i.id = d.institution_id where n.declaration_id = ?")
			.param(declarationId)
			.query((rs, k) -> {
				long id = rs.getLong("id");
				return new Inspection(id, declarationId, rs.getLong("call_id"), rs.getString("name"),
						rs.getDate("scheduled_on").toLocalDate(), rs.getString("team"),
						jdbc.sql("select topic, result, finding from inspection_item where inspection_id = ? order by topic")
							.param(id)
							.query((r, m) -> new Inspection.Item(Inspection.Topic.valueOf(r.getString(1)),
									Inspection.Result.valueOf(r.getString(2)), r.getString(3)))
							.list(),
						jdbc.sql("select id, file_id, caption, uploaded_at from inspection_photo where inspection_id = ? order by id")
							.param(id)
							.query((r, m) -> new Inspection.Photo(r.getLong(1), r.getLong(2), r.getString(3),
									r.getTimestamp(4).toInstant()))
							.list(),
						rs.getString("conclusion") == null ? null : Inspection.Conclusion.valueOf(rs.getString("conclusion")),
						rs.getString("conclusion_text"),
						rs.getTimestamp("recorded_at") == null ? null : rs.getTimestamp("recorded_at").toInstant());
			})
			.optional();
	}
}
