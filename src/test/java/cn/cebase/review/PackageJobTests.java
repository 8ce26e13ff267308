package cn.cebase.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 打包下载: the summary, each form as PDF and its evidence in one ZIP, built in the background. */
@CeBaseTest
class PackageJobTests {

	@Autowired
	PackageJobs jobs;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRecommenderPackagesItsRecommendationsWithFormsAndEvidence() throws Exception {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林打包", "220202");
		Declaration draft = declarations.startDraft(open.school(), open.call().id(), cn.cebase.policy.TrackKind.REGULAR);
		declarations.saveDraft(open.school(), draft.id(), Scenarios.completeForm(), null);
		byte[] proof = "%PDF-1.4\n%proof of trainees\n%%EOF\n".getBytes();
		declarations.attachEvidence(open.school(), draft.id(), "overview", "培训人次证明.pdf", proof);
		declarations.submit(open.school(), draft.id(), null);
		CurrentUser city = Fixtures.user(users, "jl.jilin");
		reviews.recommend(city, draft.id(), ReviewRouteTests.LETTER, null, null);

		PackageJob job = jobs.start(city, open.call().id());
		assertThat(job.total()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(30)).until(() -> jobs.get(city, job.id()).finished());
		PackageJob done = jobs.get(city, job.id());
		assertThat(done.status()).isEqualTo(PackageJob.Status.DONE);
		assertThat(done.percent()).isEqualTo(100);

		List<String> entries = new ArrayList<>();
		byte[] proofInZip = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jobs.content(city, job.id()).readAllBytes()))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries.add(e.getName());
				byte[] content = zip.readAllBytes();
				if (e.getName().endsWith("申报表.pdf")) {
					assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
				}
				if (e.getName().endsWith("培训人次证明.pdf")) {
					proofInZip = content;
				}
			}
		}
		String folder = "吉林市人力资源和社会保障局-01-" + open.registration().name() + "/";
		assertThat(entries).contains("申报汇总表.xlsx", folder + "申报表.pdf");
		assertThat(entries).anyMatch(name -> name.startsWith(folder + "佐证材料/") && name.endsWith("培训人次证明.pdf"));
		assertThat(proofInZip).isEqualTo(proof);

		// only the requester sees the job; the download is the same file
		assertThatThrownBy(() -> jobs.get(Fixtures.user(users, "jl.authority"), job.id()))
			.isInstanceOf(BusinessException.class);
		mvc.perform(get("/reviews/packages/{id}/download", job.id()).with(user(city))).andExpect(status().isOk());
		mvc.perform(get("/reviews/packages/{id}", job.id()).with(user(city)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("package-download")));
	}

	/**
	 * The package is in the database, where every node finds it, in pieces of 1 MB, and old packages are removed
	 * with their jobs; the evidence they copied stays with the application.
	 */
	@Test
	void aPackageIsKeptInPiecesUntilItIsOld() throws Exception {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林大包", "220202");
		Declaration draft = declarations.startDraft(open.school(), open.call().id(), cn.cebase.policy.TrackKind.REGULAR);
		declarations.saveDraft(open.school(), draft.id(), Scenarios.completeForm(), null);
		// incompressible, so that the ZIP spans several pieces
		byte[] proof = new byte[5 * PackageContents.CHUNK / 2];
		new java.util.Random(7).nextBytes(proof);
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, proof, 0, 9);
		declarations.attachEvidence(open.school(), draft.id(), "overview", "大文件.pdf", proof);
		declarations.submit(open.school(), draft.id(), null);
		CurrentUser city = Fixtures.user(users, "jl.jilin");
		reviews.recommend(city, draft.id(), ReviewRouteTests.LETTER, null, null);

		PackageJob job = jobs.start(city, open.call().id());
		await().atMost(Duration.ofSeconds(60)).until(() -> jobs.get(city, job.id()).finished());
		PackageJob done = jobs.get(city, job.id());
		assertThat(done.status()).isEqualTo(PackageJob.Status.DONE);
		assertThat(pieces(job.id())).isGreaterThanOrEqualTo(3);
		byte[] zip = jobs.content(city, job.id()).readAllBytes();
		assertThat((long) zip.length).isEqualTo(done.fileSize());
		byte[] proofInZip = null;
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
				byte[] content = entries.readAllBytes();
				if (e.getName().endsWith("大文件.pdf")) {
					proofInZip = content;
				}
			}
		}
		assertThat(proofInZip).isEqualTo(proof);
		mvc.perform(get("/reviews/packages/{id}/download", job.id()).with(user(city)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(zip));

		jobs.removeCreatedBefore(done.createdAt());
		assertThat(jobs.find(city, job.id())).isPresent();
		jobs.removeCreatedBefore(done.createdAt().plusMillis(1));
		assertThat(jobs.find(city, job.id())).isEmpty();
		assertThat(pieces(job.id())).isZero();
		assertThat(declarations.evidence(city, draft.id())).isNotEmpty();
	}

	private int pieces(long jobId) {
		return jdbc.sql("select count(*) from package_chunk where job_id = ?").param(jobId).query(Integer.class).single();
	}

	@Test
	void nothingRecommendedNothingToPackage() {
		var open = scenarios.jilinCallOpenToANewSchoolIn("吉林空打包", "220202");
		assertThatThrownBy(() -> jobs.start(Fixtures.user(users, "jl.jilin"), open.call().id()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("review.package.empty"));
		assertThatThrownBy(() -> jobs.start(open.school(), open.call().id())).isInstanceOf(BusinessException.class);
	}
}
