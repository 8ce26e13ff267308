package cn.cebase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hundred wrong passwords sent at once get no more checks than the limit (5), and the right
 * password sent while they are under way meets a locked account.
 */
@CeBaseTest
class LockoutConcurrencyTests {

	private static final int ATTEMPTS = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHundredParallelGuessesAreCheckedAtMostFiveTimesAndTheRightPasswordAmongThemIsLockedOut() throws Exception {
		InstitutionRegistration registration = Fixtures.trainingSchoolInFuzhou();
		institutions.register(registration);
		String username = registration.username();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> guesses = new ArrayList<>();
			for (int i = 0; i < ATTEMPTS; i++) {
				String password = "Wrong" + (10000 + i);
				guesses.add(pool.submit(() -> {
					start.await();
					return signIn(username, password);
				}));
			}
			start.countDown();
			// the right password, sent once the guesses have reached the limit, whether or not they have been answered
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!locked(username) && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			String right = signIn(username, Fixtures.PASSWORD);
			List<String> outcomes = new ArrayList<>();
			for (Future<String> guess : guesses) {
				outcomes.add(guess.get());
			}
			Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			assertThat(counted).containsEntry("bad", 5L).containsEntry("locked", (long) ATTEMPTS - 5);
			assertThat(right).isEqualTo("locked");
			assertThat(jdbc.sql("select failed_attempts from user_account where username = ?").param(username)
				.query(Integer.class).single()).isEqualTo(5);
			assertThat(signIn(username, Fixtures.PASSWORD)).isEqualTo("locked");
		}
		finally {
			pool.shutdownNow();
		}
	}

	private boolean locked(String username) {
		return jdbc.sql("select locked_until is not null from user_account where username = ?").param(username)
			.query(Boolean.class).single();
	}

	/** "home", "bad" or "locked": where the form login sends the person. */
	private String signIn(String username, String password) throws Exception {
		String target = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		if ("/home".equals(target)) {
			return "home";
		}
		return target.replaceFirst("^/login\\?error=([a-z]+)&.*$", "$1");
	}
}
