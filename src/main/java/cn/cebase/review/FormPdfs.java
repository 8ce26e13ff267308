package cn.cebase.review;

import java.time.ZoneId;
import java.util.Locale;

import cn.cebase.declaration.ApplicationFormPdf;
import cn.cebase.declaration.Declaration;
import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.RecommenderSection;
import cn.cebase.identity.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 申报表 as NAT6's attachment lays it out, with the applicant's part and, once recommended,
 * the recommender's (推荐单位意见), for whoever may read the application.
 */
@Component
public class FormPdfs {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final DeclarationManagement declarations;

	private final ReviewStages stages;

	private final ApplicationFormPdf pdf;

	FormPdfs(DeclarationManagement declarations, ReviewStages stages, ApplicationFormPdf pdf) {
		this.declarations = declarations;
		this.stages = stages;
		this.pdf = pdf;
	}

	@Transactional(readOnly = true)
	public byte[] render(CurrentUser actor, long declarationId) {
		Declaration declaration = declarations.get(actor, declarationId);
		ReviewStages.Titles titles = stages.titles(declarationId);
		RecommenderSection recommender = stages.recommendation(declarationId)
			.map(r -> new RecommenderSection(r.recommenderName(), Boolean.TRUE.equals(r.letter().buildsBases()),
					r.letter().buildsBasesNote(), r.letter().relation(), r.letter().reason(), r.letter().contactName(),
					r.letter().contactPhone(), r.recommendedAt().atZone(CHINA).toLocalDate()))
			.orElse(null);
		return pdf.render(declaration, stages.applicant(declarationId), titles.creditCode(), titles.callTitle(), recommender,
				Locale.SIMPLIFIED_CHINESE);
	}
}
