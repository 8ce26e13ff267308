package cn.cebase.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.cebase.CeBaseTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The built-in profiles are stored at start-up, once per version, and read back whole. */
@CeBaseTest
class PolicyProfilesTests {

	@Autowired
	PolicyProfiles profiles;

	@Test
	void theBuiltInProfilesAreStoredAndReadBack() {
		assertThat(profiles.allLatest()).extracting(PolicyProfile::code).contains("FJ", "JL", "NAT6", "SD", "ZB");
		PolicyProfile fujian = profiles.latest("FJ").orElseThrow();
		assertThat(fujian).isEqualTo(Profiles.fujian());
	}

	@Test
	void storingAgainAddsNothing() {
		int before = profiles.allLatest().size();
		profiles.storeBuiltIn();
		assertThat(profiles.allLatest()).hasSize(before);
		assertThat(profiles.latest("SD").orElseThrow().version()).isEqualTo(1);
	}
}
