package cn.cebase.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

import cn.cebase.declaration.DeclarationComparison.Op;
import cn.cebase.declaration.DeclarationComparison.Segment;

/**
 * The insertions and deletions between two texts, for a person to read. The texts are cut into lines
 * and sentences (ending in a line break or in 。！？；, with the line break that follows), which are
 * matched first; each run of sentences that differ is then matched character by character, after
 * setting aside its common beginning and end. Both matchings are a longest common subsequence whose
 * table is bounded by {@link #MAX_CELLS}; a passage above it is shown as deleted whole and inserted
 * whole instead. Tiny equalities stranded between edits (a shared 的 in two rewritten sentences) are
 * folded into the edits, so the highlight follows what was rewritten.
 */
final class TextDiff {

	/** Cells of one LCS table: 1,000,000 ints, 4 MB, a few milliseconds. */
	static final int MAX_CELLS = 1_000_000;

	/** The segments in reading order, and whether some passage was too long to compare finely. */
	record Result(List<Segment> segments, boolean coarse) {
	}

	private TextDiff() {
	}

	static Result of(String before, String after) {
		return of(before, after, MAX_CELLS);
	}

	static Result of(String before, String after, int maxCells) {
		List<String> a = sentences(before);
		List<String> b = sentences(after);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<Segment> out = new ArrayList<>();
		a.subList(0, prefix).forEach(unit -> add(out, Op.EQUAL, unit));
		List<String> aMiddle = a.subList(prefix, a.size() - suffix);
		List<String> bMiddle = b.subList(prefix, b.size() - suffix);
		boolean coarse;
		List<Op> ops = aMiddle.isEmpty() || bMiddle.isEmpty() ? null : lcs(aMiddle, bMiddle, String::equals, maxCells);
		if (ops == null) {
			coarse = !aMiddle.isEmpty() && !bMiddle.isEmpty();
			add(out, Op.DELETE, String.join("", aMiddle));
			add(out, Op.INSERT, String.join("", bMiddle));
		}
		else {
			coarse = sentences(aMiddle, bMiddle, ops, maxCells, out);
		}
		a.subList(a.size() - suffix, a.size()).forEach(unit -> add(out, Op.EQUAL, unit));
		return new Result(cleanUp(out), coarse);
	}

	/** Walks the sentence script, comparing each run of differing sentences by character. */
	private static boolean sentences(List<String> a, List<String> b, List<Op> ops, int maxCells, List<Segment> out) {
		boolean coarse = false;
		int i = 0;
		int j = 0;
		StringBuilder deleted = new StringBuilder();
		StringBuilder inserted = new StringBuilder();
		for (Op op : ops) {
			switch (op) {
				case EQUAL -> {
					coarse |= characters(deleted.toString(), inserted.toString(), maxCells, out);
					deleted.setLength(0);
					inserted.setLength(0);
					add(out, Op.EQUAL, a.get(i++));
					j++;
				}
				case DELETE -> deleted.append(a.get(i++));
				case INSERT -> inserted.append(b.get(j++));
			}
		}
		coarse |= characters(deleted.toString(), inserted.toString(), maxCells, out);
		return coarse;
	}

	/**
	 * Character by character, except that a run of Latin letters and digits (a number, a code) is one
	 * token: 120 becoming 300 is one number replaced, not 12 replaced by 30 before a kept 0.
	 */
	private static boolean characters(String before, String after, int maxCells, List<Segment> out) {
		if (before.isEmpty() || after.isEmpty()) {
			add(out, Op.DELETE, before);
			add(out, Op.INSERT, after);
			return false;
		}
		int[] a = before.codePoints().toArray();
		int[] b = after.codePoints().toArray();
		int prefix = 0;
		while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
			prefix++;
		}
		// never end the common beginning inside a number
		while (prefix > 0 && word(a[prefix - 1]) && (prefix < a.length && word(a[prefix]) || prefix < b.length && word(b[prefix]))) {
			prefix--;
		}
		int suffix = 0;
		while (suffix < a.length - prefix && suffix < b.length - prefix
				&& a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
			suffix++;
		}
		while (suffix > 0 && word(a[a.length - suffix]) && (a.length - suffix - 1 >= prefix && word(a[a.length - suffix - 1])
				|| b.length - suffix - 1 >= prefix && word(b[b.length - suffix - 1]))) {
			suffix--;
		}
		add(out, Op.EQUAL, text(a, 0, prefix));
		List<String> aTokens = tokens(a, prefix, a.length - suffix);
		List<String> bTokens = tokens(b, prefix, b.length - suffix);
		boolean coarse = false;
		List<Op> ops = aTokens.isEmpty() || bTokens.isEmpty() ? null : lcs(aTokens, bTokens, String::equals, maxCells);
		if (ops == null) {
			coarse = !aTokens.isEmpty() && !bTokens.isEmpty();
			add(out, Op.DELETE, text(a, prefix, a.length - suffix));
			add(out, Op.INSERT, text(b, prefix, b.length - suffix));
		}
		else {
			int i = 0;
			int j = 0;
			for (Op op : ops) {
				switch (op) {
					case EQUAL -> {
						add(out, Op.EQUAL, aTokens.get(i++));
						j++;
					}
					case DELETE -> add(out, Op.DELETE, aTokens.get(i++));
					case INSERT -> add(out, Op.INSERT, bTokens.get(j++));
				}
			}
		}
		add(out, Op.EQUAL, text(a, a.length - suffix, a.length));
		return coarse;
	}

	private static List<String> tokens(int[] codePoints, int from, int to) {
		List<String> tokens = new ArrayList<>(to - from);
		int k = from;
		while (k < to) {
			int end = k + 1;
			if (word(codePoints[k])) {
				while (end < to && word(codePoints[end])) {
					end++;
				}
			}
			tokens.add(text(codePoints, k, end));
			k = end;
		}
		return tokens;
	}

	private static boolean word(int codePoint) {
		return codePoint < 128 && Character.isLetterOrDigit(codePoint);
	}

	/**
	 * The edit script of a longest common subsequence, deletions before insertions, or null when the
	 * table would exceed {@code maxCells}.
	 */
	static <T> List<Op> lcs(List<T> a, List<T> b, BiPredicate<T, T> same, int maxCells) {
		int n = a.size();
		int m = b.size();
		if ((long) (n + 1) * (m + 1) > maxCells) {
			return null;
		}
		// suffix lengths: table[i][j] = LCS of a[i..] and b[j..]
		int width = m + 1;
		int[] table = new int[(n + 1) * width];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				table[i * width + j] = same.test(a.get(i), b.get(j)) ? table[(i + 1) * width + j + 1] + 1
						: Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
			}
		}
		List<Op> ops = new ArrayList<>(n + m);
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (same.test(a.get(i), b.get(j))) {
				ops.add(Op.EQUAL);
				i++;
				j++;
			}
			else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
				ops.add(Op.DELETE);
				i++;
			}
			else {
				ops.add(Op.INSERT);
				j++;
			}
		}
		while (i++ < n) {
			ops.add(Op.DELETE);
		}
		while (j++ < m) {
			ops.add(Op.INSERT);
		}
		return ops;
	}

	/** Lines and sentences, each keeping its ending (and a line break right after it), so that they join back into the text. */
	static List<String> sentences(String text) {
		List<String> units = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\uff1b' || c == '!' || c == '?'
					|| c == ';') {
				if (c != '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				units.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			units.add(text.substring(start));
		}
		return units;
	}

	/**
	 * Merges neighbours of one kind, puts each run of edits as one deletion then one insertion, and
	 * folds an equality into the edits around it when it is shorter than the edits on either side.
	 */
	static List<Segment> cleanUp(List<Segment> segments) {
		List<Segment> current = normalise(segments);
		boolean folded = true;
		while (folded) {
			folded = false;
			for (int k = 1; k < current.size() - 1; k++) {
				Segment equal = current.get(k);
				if (equal.op() != Op.EQUAL) {
					continue;
				}
				int length = equal.text().codePointCount(0, equal.text().length());
				if (length < editLength(current, k, -1) && length < editLength(current, k, +1)) {
					List<Segment> next = new ArrayList<>(current.subList(0, k));
					next.add(new Segment(Op.DELETE, equal.text()));
					next.add(new Segment(Op.INSERT, equal.text()));
					next.addAll(current.subList(k + 1, current.size()));
					current = normalise(next);
					folded = true;
					break;
				}
			}
		}
		return List.copyOf(shiftToBoundaries(current));
	}

	/**
	 * An insertion or a deletion between two equalities can often sit a few characters to the left or
	 * right and mean the same: 建有远程教育[平台，已接入…服务]平台。 is 建有远程教育平台[，已接入…服务平台]。.
	 * Each is moved to where its edges best meet a line break or punctuation, and never split a number.
	 */
	private static List<Segment> shiftToBoundaries(List<Segment> segments) {
		List<Segment> out = new ArrayList<>(segments);
		for (int k = 1; k < out.size() - 1; k++) {
			Segment left = out.get(k - 1);
			Segment edit = out.get(k);
			Segment right = out.get(k + 1);
			if (left.op() != Op.EQUAL || right.op() != Op.EQUAL || edit.op() == Op.EQUAL) {
				continue;
			}
			int[] l = left.text().codePoints().toArray();
			int[] e = edit.text().codePoints().toArray();
			int[] r = right.text().codePoints().toArray();
			// the whole stretch l+e+r, and where the edit may start in it: back while l ends as e does, on while e starts as r does
			int[] all = new int[l.length + e.length + r.length];
			System.arraycopy(l, 0, all, 0, l.length);
			System.arraycopy(e, 0, all, l.length, e.length);
			System.arraycopy(r, 0, all, l.length + e.length, r.length);
			int earliest = l.length;
			while (earliest > 0 && all[earliest - 1] == all[earliest - 1 + e.length]) {
				earliest--;
			}
			int latest = l.length;
			while (latest + e.length < all.length && all[latest] == all[latest + e.length]) {
				latest++;
			}
			int best = l.length;
			int bestScore = score(all, best, e.length);
			for (int start = earliest; start <= latest; start++) {
				int score = score(all, start, e.length);
				if (score > bestScore) {
					best = start;
					bestScore = score;
				}
			}
			if (best != l.length) {
				out.set(k - 1, new Segment(Op.EQUAL, text(all, 0, best)));
				out.set(k, new Segment(edit.op(), text(all, best, best + e.length)));
				out.set(k + 1, new Segment(Op.EQUAL, text(all, best + e.length, all.length)));
			}
		}
		return normalise(out);
	}

	/** How well an edit from {@code start} of {@code length} code points sits: its two edges scored. */
	private static int score(int[] all, int start, int length) {
		return edge(start == 0 ? -1 : all[start - 1], all[start])
				+ edge(all[start + length - 1], start + length == all.length ? -1 : all[start + length]);
	}

	/** An edge at the text's end or a line break is best, then punctuation or a space; inside a number is worst. */
	private static int edge(int before, int after) {
		if (before == -1 || after == -1 || before == '\n' || after == '\n') {
			return 3;
		}
		if (pause(before) || pause(after)) {
			return 2;
		}
		if (word(before) && word(after)) {
			return -2;
		}
		return 0;
	}

	private static boolean pause(int c) {
		return Character.isWhitespace(c) || "，。！？；：、,.!?;:（）()《》“”\"'".indexOf(c) >= 0;
	}

	/** The longer of the deletion and the insertion in the run of edits next to position k. */
	private static int editLength(List<Segment> segments, int k, int direction) {
		int deleted = 0;
		int inserted = 0;
		for (int i = k + direction; i >= 0 && i < segments.size() && segments.get(i).op() != Op.EQUAL; i += direction) {
			Segment s = segments.get(i);
			int length = s.text().codePointCount(0, s.text().length());
			if (s.op() == Op.DELETE) {
				deleted += length;
			}
			else {
				inserted += length;
			}
		}
		return Math.max(deleted, inserted);
	}

	private static List<Segment> normalise(List<Segment> segments) {
		List<Segment> out = new ArrayList<>();
		StringBuilder equal = new StringBuilder();
		StringBuilder deleted = new StringBuilder();
		StringBuilder inserted = new StringBuilder();
		for (Segment s : segments) {
			if (s.text().isEmpty()) {
				continue;
			}
			switch (s.op()) {
				case EQUAL -> {
					flushEdits(out, deleted, inserted);
					equal.append(s.text());
				}
				case DELETE -> {
					flushEqual(out, equal);
					deleted.append(s.text());
				}
				case INSERT -> {
					flushEqual(out, equal);
					inserted.append(s.text());
				}
			}
		}
		flushEdits(out, deleted, inserted);
		flushEqual(out, equal);
		return out;
	}

	private static void flushEqual(List<Segment> out, StringBuilder equal) {
		if (!equal.isEmpty()) {
			out.add(new Segment(Op.EQUAL, equal.toString()));
			equal.setLength(0);
		}
	}

	private static void flushEdits(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
		if (!deleted.isEmpty()) {
			out.add(new Segment(Op.DELETE, deleted.toString()));
			deleted.setLength(0);
		}
		if (!inserted.isEmpty()) {
			out.add(new Segment(Op.INSERT, inserted.toString()));
			inserted.setLength(0);
		}
	}

	private static void add(List<Segment> out, Op op, String text) {
		if (!Objects.requireNonNull(text).isEmpty()) {
			out.add(new Segment(op, text));
		}
	}

	private static String text(int[] codePoints, int from, int to) {
		return new String(codePoints, from, to - from);
	}
}
