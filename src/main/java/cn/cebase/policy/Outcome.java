package cn.cebase.policy;

/** What a rule says of an institution before it applies. */
public enum Outcome {
	/** Met. */
	PASS,
	/** Not met: the application would be refused. */
	FAIL,
	/** Not known yet or only advisory: the institution should look at it. */
	WARN,
	/** Qualitative: the expert committee judges it (e.g. the standing of the teachers). */
	NEEDS_EXPERT
}
