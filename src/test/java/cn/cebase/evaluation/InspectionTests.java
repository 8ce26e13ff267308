package cn.cebase.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.Scenarios;
import cn.cebase.declaration.Declaration;
import cn.cebase.identity.CurrentUser;
import cn.cebase.review.RecommendationLetter;
import cn.cebase.review.ReviewManagement;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 实地考察: scheduled, the checklist complete, a conclusion with reasons, photos by content, for the authority alone. */
@CeBaseTest
class InspectionTests {

	@Autowired
	Inspections inspections;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	UserDetailsService users;

	@Test
	void anInspectionIsScheduledRecordedOnceAndIllustrated() throws IOException {
		CurrentUser fujian = Fixtures.user(users, "fj.authority");
		var open = scenarios.fujianCallOpenToANewSchool("福建实地考察");
		long callId = open.call().id();
		Declaration d = scenarios.submitted(open.school(), callId, scenarios.organization("hrss-350100"));
		reviews.recommend(Fixtures.user(users, "fj.fuzhou"), d.id(),
				new RecommendationLetter(true, null, "属地管理", "理由", "黄蓉", "0591-87654321"), null, null);
		assertThatThrownBy(() -> inspections.schedule(fujian, callId, d.id(), LocalDate.now(), "专家组"))
			.as("not yet accepted").isInstanceOf(BusinessException.class);
		reviews.accept(fujian, d.id(), null, null);

		assertThatThrownBy(() -> inspections.schedule(fujian, callId, d.id(), null, " "))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("scheduledOn", "team"));
		assertThatThrownBy(() -> inspections.record(fujian, callId, d.id(), List.of(), Inspection.Conclusion.PASS, "x"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("inspection.notScheduled"));
		inspections.schedule(fujian, callId, d.id(), LocalDate.of(2026, 12, 3), "王明、李华、林峰");

		assertThatThrownBy(() -> inspections.record(fujian, callId, d.id(),
				List.of(new Inspection.Item(Inspection.Topic.FACILITIES, Inspection.Result.MEETS, "教室18间")), null, null))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.details()).extracting(BusinessException::field)
				.containsExactlyInAnyOrder("results[TEACHERS]", "results[MANAGEMENT_RECORDS]",
						"results[DISTANCE_LEARNING_PLATFORM]", "conclusion", "conclusionText"));
		List<Inspection.Item> items = List.of(
				new Inspection.Item(Inspection.Topic.FACILITIES, Inspection.Result.MEETS, "教室18间，可容纳600人"),
				new Inspection.Item(Inspection.Topic.TEACHERS, Inspection.Result.MEETS, null),
				new Inspection.Item(Inspection.Topic.MANAGEMENT_RECORDS, Inspection.Result.PARTLY, "档案不全"),
				new Inspection.Item(Inspection.Topic.DISTANCE_LEARNING_PLATFORM, Inspection.Result.MEETS, null));
		Inspection done = inspections.record(fujian, callId, d.id(), items, Inspection.Conclusion.PASS, "基本符合条件，档案需补齐。");
		assertThat(done.recorded()).isTrue();
		assertThat(done.items()).hasSize(4);
		assertThatThrownBy(() -> inspections.record(fujian, callId, d.id(), items, Inspection.Conclusion.FAIL, "改"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("inspection.alreadyRecorded"));

		assertThatThrownBy(() -> inspections.addPhoto(fujian, callId, d.id(), "教室", "%PDF-1.4 not a photo".getBytes()))
			.isInstanceOf(BusinessException.class);
		Inspection withPhoto = inspections.addPhoto(fujian, callId, d.id(), "多媒体教室", png());
		assertThat(withPhoto.photos()).singleElement().satisfies(p -> assertThat(p.caption()).isEqualTo("多媒体教室"));
		assertThat(inspections.photo(fujian, callId, d.id(), withPhoto.photos().get(0).id())).isEqualTo(png());

		// another authority and the applicant see nothing
		assertThatThrownBy(() -> inspections.of(Fixtures.user(users, "jl.authority"), callId, d.id()))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
		assertThatThrownBy(() -> inspections.of(open.school(), callId, d.id())).isInstanceOf(BusinessException.class);
	}

	static byte[] png() {
		return InspectionTestsSupport.png();
	}
}
