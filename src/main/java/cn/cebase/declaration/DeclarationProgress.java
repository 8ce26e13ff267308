package cn.cebase.declaration;

import java.time.Clock;
import java.util.function.BiConsumer;

import cn.cebase.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verbs by which the review route moves an application on. The caller (the review module)
 * has already checked who acts; these check only that the application's state allows the move,
 * under the application's row lock so that they cannot race the applicant's own changes. A named
 * interface of its own ({@code declaration :: progress}): only the modules that move an application on
 * (review, evaluation, recognition) or read its track at recognition (base) may use it.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("progress")
public class DeclarationProgress {

	private final Declarations declarations;

	private final Clock clock;

	DeclarationProgress(Declarations declarations, Clock clock) {
		this.declarations = declarations;
		this.clock = clock;
	}

	/** The application as it is, for a caller that has checked access itself. */
	/** The institutions whose application on a track of a call was recognised. */
	@Transactional(readOnly = true)
	public java.util.List<Long> institutionsRecognizedIn(long callId, cn.cebase.policy.TrackKind track) {
		return declarations.institutionsWith(callId, track, DeclarationStatus.RECOGNIZED);
	}

	@Transactional(readOnly = true)
	public Declaration read(long id) {
		return declarations.findById(id).orElseThrow(BusinessException::notFound);
	}

	/** Takes the application's row lock for the rest of the transaction and reads it. */
	public Declaration lock(long id) {
		declarations.lock(id);
		return read(id);
	}

	public Declaration enterReview(long id) {
		return apply(id, (d, note) -> d.enterReview(clock.instant()), null);
	}

	public Declaration recommend(long id) {
		return apply(id, (d, note) -> d.recommend(clock.instant()), null);
	}

	public Declaration returnForRevision(long id, String comments) {
		return apply(id, (d, note) -> d.returnForRevision(note, clock.instant()), comments);
	}

	public Declaration reject(long id, String reasons) {
		return apply(id, (d, note) -> d.reject(note, clock.instant()), reasons);
	}

	public Declaration accept(long id) {
		return apply(id, (d, note) -> d.accept(clock.instant()), null);
	}

	public Declaration refuse(long id, String reasons) {
		return apply(id, (d, note) -> d.refuse(note, clock.instant()), reasons);
	}

	/** On through EXPERT_REVIEW / SITE_INSPECTION / PUBLICITY; already there is no change. */
	public Declaration advanceTo(long id, DeclarationStatus target) {
		return apply(id, (d, note) -> d.advanceTo(target, clock.instant()), null);
	}

	public Declaration recognize(long id) {
		return apply(id, (d, note) -> d.recognize(clock.instant()), null);
	}

	public Declaration notRecognize(long id, String reasons) {
		return apply(id, (d, note) -> d.notRecognize(note, clock.instant()), reasons);
	}

	private Declaration apply(long id, BiConsumer<Declaration, String> verb, String note) {
		declarations.lock(id);
		Declaration declaration = read(id);
		verb.accept(declaration, note);
		declarations.update(declaration);
		return read(id);
	}
}
