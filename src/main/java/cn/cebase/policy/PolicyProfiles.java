package cn.cebase.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.cebase.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy profiles: the built-in ones from {@code resources/policy/*.json}, stored once per
 * version, and later the authorities' own versions.
 */
@Service
@Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class PolicyProfiles implements org.springframework.boot.ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PolicyProfiles.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PolicyProfiles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Reads and validates the built-in profiles; a broken one stops nothing else but is reported. */
	public List<PolicyProfile> builtIn() {
		List<PolicyProfile> profiles = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:policy/*.json")) {
				profiles.add(json.readValue(resource.getInputStream(), PolicyProfile.class));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return profiles;
	}

	/** First of the start-up work: later runners (the demo world) open calls from these profiles. */
	@Override
	public void run(org.springframework.boot.ApplicationArguments args) {
		storeBuiltIn();
	}

	@Transactional
	public void storeBuiltIn() {
		for (PolicyProfile profile : builtIn()) {
			List<BusinessException> problems = ProfileValidation.problemsWith(profile);
			if (!problems.isEmpty()) {
				log.error("Built-in policy profile {} is invalid and was not stored: {}", profile.code(), problems);
				continue;
			}
			jdbc.sql("insert into policy_profile (code, version, jurisdiction, title, built_in, document)"
					+ " values (?,?,?,?,true,?) on conflict (code, version) do nothing")
				.params(profile.code(), profile.version(), profile.jurisdiction(), profile.title(),
						json.writeValueAsString(profile))
				.update();
		}
	}

	/** The newest version of a profile. */
	@Transactional(readOnly = true)
	public Optional<PolicyProfile> latest(String code) {
		return jdbc.sql("select document from policy_profile where code = ? order by version desc limit 1")
			.param(code)
			.query(String.class)
			.optional()
			.map(document -> json.readValue(document, PolicyProfile.class));
	}

	@Transactional(readOnly = true)
	public List<PolicyProfile> allLatest() {
		return jdbc.sql("select distinct on (code) document from policy_profile order by code, version desc")
			.query(String.class)
			.list()
			.stream()
			.map(document -> json.readValue(document, PolicyProfile.class))
			.toList();
	}
}
