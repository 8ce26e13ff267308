package cn.cebase.policy;

import java.util.List;

/**
 * One input of the profile editor: its path (the name validation reports, so that each problem shows
 * beside its input), the section it belongs to, the label's message keys, the value shown, its
 * article, the input type and, for a choice, the options with the prefix of their message keys.
 */
public record ProfileEntry(String section, String path, String labelKey, String subLabelKey, String value, String source,
		String type, String hintKey, List<String> options, String optionKeyPrefix) {

	public ProfileEntry {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public boolean isChoice() {
		return type.equals("select");
	}
}
