package cn.cebase.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.Institution;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.institution.InstitutionRegistration;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** JL 二 "每个市（州）限报3个": ten recommendations fired at once by one city end with exactly three. */
@CeBaseTest
class RecommendationQuotaConcurrencyTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenConcurrentRecommendationsAtAQuotaOfThreeGiveThree() throws Exception {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林名额并发", "220202");
		long callId = open.call().id();
		List<Declaration> submitted = new ArrayList<>();
		submitted.add(scenarios.submitted(open.school(), callId, null));
		for (int i = 0; i < 9; i++) {
			InstitutionRegistration r = Fixtures.registration("吉林市继续教育中心" + System.nanoTime() % 100000, "220202");
			Institution institution = institutions.register(r);
			institutions.approve(Fixtures.user(users, "jl.authority"), institution.id(), null);
			submitted.add(scenarios.submitted(Fixtures.user(users, r.username()), callId, null));
		}
		CurrentUser city = Fixtures.user(users, "jl.jilin");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<String>> outcomes = new ArrayList<>();
		for (Declaration d : submitted) {
			Callable<String> recommend = () -> {
				start.await();
				try {
					reviews.recommend(city, d.id(), ReviewRouteTests.LETTER, null, null);
					return "recommended";
				}
				catch (BusinessException ex) {
					return ex.messageKey();
				}
			};
			outcomes.add(pool.submit(recommend));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn("recommended"::equals).hasSize(3);
		assertThat(results).filteredOn("review.quota.full"::equals).hasSize(7);
		assertThat(jdbc.sql("select count(*) from recommendation where call_id = ?").param(callId).query(Integer.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from declaration where call_id = ? and status = 'RECOMMENDED'")
			.param(callId)
			.query(Integer.class)
			.single()).isEqualTo(3);
		// ranks 1, 2, 3 with no gap or repeat
		assertThat(reviews.recommendations(city, callId)).extracting(Recommendation::rank).containsExactly(1, 2, 3);
	}
}
