package cn.cebase.declaration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a 申报表, field by field: every figure and every section in
 * words, each UNCHANGED, CHANGED, ADDED (empty before) or REMOVED (empty after), with the values on both
 * sides; for texts and lists also the insertions and deletions a page highlights. Pure: it reads two
 * forms and nothing else. Line endings are compared as {@code \n}, whatever the browser sent.
 *
 * @param fields the figures in the order of the form's figures card, then the sections in form order
 */
public record DeclarationComparison(List<FieldChange> fields) {

	public DeclarationComparison {
		fields = List.copyOf(fields);
	}

	/** How a field is shown: a section in words, a short text, a number, yes/no, or a list of items. */
	public enum Kind {
		SECTION, TEXT, NUMBER, YES_NO, LIST
	}

	public enum Change {
		UNCHANGED, CHANGED, ADDED, REMOVED
	}

	public enum Op {
		EQUAL, INSERT, DELETE
	}

	/** A run of text (or, in a list, one item) that both sides share, or that only the later one or the earlier one has. */
	public record Segment(Op op, String text) {
	}

	/**
	 * One field of the form.
	 *
	 * @param field the form's field name, which is also the last part of its label's message key
	 * @param before the value in the earlier version, null when not filled in
	 * @param after the value in the later version, null when not filled in
	 * @param diff for texts and lists, the segments in reading order; empty for numbers and yes/no
	 * @param coarse some changed passage was too long to compare character by character, and is shown
	 * as deleted whole and inserted whole
	 */
	public record FieldChange(String field, Kind kind, Change change, Object before, Object after, List<Segment> diff,
			boolean coarse) {

		public boolean changed() {
			return change != Change.UNCHANGED;
		}

		public boolean section() {
			return kind == Kind.SECTION;
		}
	}

	/** The figures in the order the form shows them. */
	private static final List<Figure> FIGURES = List.of(
			new Figure("independentLegalPerson", Kind.YES_NO, DeclarationForm::independentLegalPerson),
			new Figure("venueSeats", Kind.NUMBER, DeclarationForm::venueSeats),
			new Figure("fullTimeManagersWithBachelor", Kind.NUMBER, DeclarationForm::fullTimeManagersWithBachelor),
			new Figure("annualTrainees", Kind.LIST, DeclarationForm::annualTrainees),
			new Figure("platformConnectsToProvince", Kind.YES_NO, DeclarationForm::platformConnectsToProvince),
			new Figure("keyField", Kind.TEXT, DeclarationForm::keyField),
			new Figure("platformFunctions", Kind.LIST, DeclarationForm::platformFunctions),
			new Figure("existingRegionalBase", Kind.YES_NO, DeclarationForm::existingRegionalBase),
			new Figure("existingBaseName", Kind.TEXT, DeclarationForm::existingBaseName));

	private record Figure(String name, Kind kind, Function<DeclarationForm, Object> value) {
	}

	public static DeclarationComparison of(DeclarationForm before, DeclarationForm after) {
		List<FieldChange> fields = new ArrayList<>();
		for (Figure figure : FIGURES) {
			fields.add(compare(figure.name(), figure.kind(), figure.value().apply(before), figure.value().apply(after)));
		}
		for (String section : DeclarationForm.REQUIRED_SECTIONS) {
			fields.add(compare(section, Kind.SECTION, before.section(section), after.section(section)));
		}
		return new DeclarationComparison(fields);
	}

	/** Whether nothing at all differs. */
	public boolean identical() {
		return fields.stream().noneMatch(FieldChange::changed);
	}

	public List<FieldChange> changedFields() {
		return fields.stream().filter(FieldChange::changed).toList();
	}

	public List<FieldChange> unchangedFields() {
		return fields.stream().filter(f -> !f.changed()).toList();
	}

	public long count(Change change) {
		return fields.stream().filter(f -> f.change() == change).count();
	}

	public FieldChange field(String name) {
		return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
	}

	private static FieldChange compare(String name, Kind kind, Object rawBefore, Object rawAfter) {
		Object before = normalise(rawBefore);
		Object after = normalise(rawAfter);
		Change change = before == null ? (after == null ? Change.UNCHANGED : Change.ADDED)
				: after == null ? Change.REMOVED : before.equals(after) ? Change.UNCHANGED : Change.CHANGED;
		return switch (kind) {
			case SECTION, TEXT -> {
				TextDiff.Result diff = TextDiff.of(before == null ? "" : (String) before, after == null ? "" : (String) after);
				yield new FieldChange(name, kind, change, before, after, diff.segments(), diff.coarse());
			}
			case LIST -> new FieldChange(name, kind, change, before, after, items((List<?>) before, (List<?>) after), false);
			case NUMBER, YES_NO -> new FieldChange(name, kind, change, before, after, List.of(), false);
		};
	}

	/** An item per segment, matched as a longest common subsequence; an empty slot is an empty text. */
	private static List<Segment> items(List<?> before, List<?> after) {
		List<Object> a = before == null ? List.of() : Collections.unmodifiableList(before);
		List<Object> b = after == null ? List.of() : Collections.unmodifiableList(after);
		// a list has a handful of items; the bound is only there for a client that sends thousands
		List<Op> ops = TextDiff.lcs(a, b, Objects::equals, TextDiff.MAX_CELLS);
		List<Segment> segments = new ArrayList<>();
		if (ops == null) {
			a.forEach(item -> segments.add(new Segment(Op.DELETE, item == null ? "" : item.toString())));
			b.forEach(item -> segments.add(new Segment(Op.INSERT, item == null ? "" : item.toString())));
			return List.copyOf(segments);
		}
		int i = 0;
		int j = 0;
		for (Op op : ops) {
			Object item = op == Op.INSERT ? b.get(j) : a.get(i);
			segments.add(new Segment(op, item == null ? "" : item.toString()));
			if (op != Op.INSERT) {
				i++;
			}
			if (op != Op.DELETE) {
				j++;
			}
		}
		return List.copyOf(segments);
	}

	/** Not filled in is null: a blank text, an empty list, a list of empty slots. */
	private static Object normalise(Object value) {
		if (value instanceof String text) {
			String unified = text.replace("\r\n", "\n").replace('\r', '\n');
			return unified.isBlank() ? null : unified;
		}
		if (value instanceof List<?> list) {
			return list.stream().allMatch(Objects::isNull) ? null : Collections.unmodifiableList(new ArrayList<>(list));
		}
		return value;
	}
}
