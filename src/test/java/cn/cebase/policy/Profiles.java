package cn.cebase.policy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/** The built-in profiles as the tests read them, straight from resources/policy. */
final class Profiles {

	static final Map<String, PolicyProfile> BUILT_IN = new PolicyProfiles(null, JsonMapper.builder().build()).builtIn()
		.stream()
		.collect(Collectors.toMap(PolicyProfile::code, Function.identity()));

	private Profiles() {
	}

	static PolicyProfile fujian() {
		return BUILT_IN.get("FJ");
	}

	static PolicyProfile jilin() {
		return BUILT_IN.get("JL");
	}

	static PolicyProfile shandong() {
		return BUILT_IN.get("SD");
	}

	static PolicyProfile zibo() {
		return BUILT_IN.get("ZB");
	}

	static PolicyProfile national() {
		return BUILT_IN.get("NAT6");
	}
}
