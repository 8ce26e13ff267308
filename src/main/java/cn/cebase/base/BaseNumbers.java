package cn.cebase.base;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 基地编号 from the profile's format: {@code {year}} becomes the year of recognition, {@code {seq}}
 * the next three-digit sequence number of that year under the same prefix. None of the documents sets
 * a format, so a profile without one numbers its bases "{year}-{seq}".
 */
public final class BaseNumbers {

	public static final String DEFAULT_FORMAT = "{year}-{seq}";

	private BaseNumbers() {
	}

	/** Everything before {@code {seq}}, with the year filled in: the numbers of one year share it. */
	public static String prefix(String format, int year) {
		String f = format == null || format.isBlank() ? DEFAULT_FORMAT : format;
		return f.substring(0, f.indexOf("{seq}")).replace("{year}", String.valueOf(year));
	}

	/** The number after the highest of {@code taken}, which all start with the prefix of the format. */
	public static String next(String format, int year, List<String> taken) {
		String f = format == null || format.isBlank() ? DEFAULT_FORMAT : format;
		String prefix = prefix(f, year);
		String suffix = f.substring(f.indexOf("{seq}") + "{seq}".length()).replace("{year}", String.valueOf(year));
		Pattern sequence = Pattern.compile(Pattern.quote(prefix) + "(\\d+)" + Pattern.quote(suffix));
		int highest = 0;
		for (String number : taken) {
			Matcher m = sequence.matcher(number);
			if (m.matches()) {
				highest = Math.max(highest, Integer.parseInt(m.group(1)));
			}
		}
		return prefix + String.format("%03d", highest + 1) + suffix;
	}
}
