package cn.cebase.policy;

import java.util.List;

/** One rule's answer, with the message to show (key and arguments) and the article it rests on. */
public record RuleResult(String rule, Outcome outcome, String messageKey, List<Object> args, String source) {

	public RuleResult {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public Object[] argsArray() {
		return args.toArray();
	}
}
