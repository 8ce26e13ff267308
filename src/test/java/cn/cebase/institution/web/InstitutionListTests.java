package cn.cebase.institution.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution list with more rows than the demo world has. Each test inserts its rows
 * straight into the table; the test's transaction rolls them back.
 */
@CeBaseTest
@Transactional
class InstitutionListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	/**
	 * Found by the load test: with more than 20 institutions, Thymeleaf 3.1 refused the pager's bean
	 * reference inside th:href/th:attr after the response had been committed, so the browser got a
	 * 200 with the page cut off mid-table.
	 */
	@Test
	void aListOfSeveralPagesRendersWholeWithLinksToTheNeighbouringPages() throws Exception {
		for (int i = 0; i < 45; i++) {
			insertInFuzhou("分页测试培训学校" + i);
		}

		mvc.perform(get("/institutions?text={text}&page=2", "分页测试")
			.with(user(Fixtures.user(users, "fj.fuzhou"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("text=%E5%88%86%E9%A1%B5%E6%B5%8B%E8%AF%95&amp;page=1")))
			.andExpect(content().string(containsString("text=%E5%88%86%E9%A1%B5%E6%B5%8B%E8%AF%95&amp;page=3")))
			.andExpect(content().string(containsString("</html>")));
	}

	/** Searches of one or two characters use the character index, longer ones pg_trgm; both find the same. */
	@Test
	void searchesOfAnyLengthFindTheNamesHoldingTheTextAsWritten() throws Exception {
		insertInFuzhou("字符测试甲乙学校");
		insertInFuzhou("字符测试乙甲学校");
		insertInFuzhou("字符测试丙丁学校");
		var fuzhou = user(Fixtures.user(users, "fj.fuzhou"));

		mvc.perform(get("/api/v1/institutions?text={text}", "甲乙").with(fuzhou))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("字符测试甲乙学校"));
		mvc.perform(get("/api/v1/institutions?text={text}", "甲").with(fuzhou))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/institutions?text={text}", "甲乙学").with(fuzhou))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("字符测试甲乙学校"));
		mvc.perform(get("/api/v1/institutions?text={text}", "字符测试").with(fuzhou))
			.andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/v1/institutions?text={text}", "%").with(fuzhou))
			.andExpect(jsonPath("$.total").value(0));
	}

	/** An ACTIVE institution below 福州市人社局, with a path of its own under it. */
	private void insertInFuzhou(String name) {
		var fuzhou = jdbc.sql("select id, path from organization where code = 'hrss-350100'")
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("path") })
			.single();
		jdbc.sql("insert into institution (credit_code, name, type, region_code, address, legal_representative,"
				+ " contact_name, contact_phone, status, organization_id, authority_id, scope_path, registered_at)"
				+ " values (?, ?, 'TRAINING_ORGANIZATION', '350102', '测试路1号', '王五', '赵老师', '0591-87654321',"
				+ " 'ACTIVE', ?, ?, ?, ?)")
			.params(Fixtures.newCreditCode(), name, fuzhou[0], fuzhou[0], fuzhou[1] + "9" + SEQUENCE.incrementAndGet() + "/",
					Timestamp.from(Instant.now()))
			.update();
	}

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
}
