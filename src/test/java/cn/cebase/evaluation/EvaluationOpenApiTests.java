package cn.cebase.evaluation;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.cebase.CeBaseTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /v3/api-docs describes the evaluation API: its tags, operations and the refusals each may answer with. */
@CeBaseTest
class EvaluationOpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theEvaluationApiIsDescribed() throws Exception {
		String score = "$.paths['/api/v1/panels/{panelId}/declarations/{declarationId}/score']";
		String summary = "$.paths['/api/v1/panels/{panelId}/declarations/{declarationId}/summary']";
		String inspection = "$.paths['/api/v1/calls/{callId}/inspections/{declarationId}";
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tags[*].name").value(hasItems("evaluation", "scoring", "inspections")))
			.andExpect(jsonPath("$.paths['/api/v1/expert/panels'].get.tags[0]").value("scoring"))
			.andExpect(jsonPath(score + ".get.summary").exists())
			.andExpect(jsonPath(score + ".put.responses['400'].description").exists())
			.andExpect(jsonPath(score + ".put.responses['409'].description").exists())
			// a refusal is a problem detail, not the sheet
			.andExpect(jsonPath(score + ".put.responses['409'].content['application/problem+json'].schema['$ref']")
				.value("#/components/schemas/Problem"))
			.andExpect(jsonPath(score + ".put.responses['200'].content['*/*'].schema['$ref']").value(
					org.hamcrest.Matchers.endsWith("SheetView")))
			.andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
			.andExpect(jsonPath("$.paths['/api/v1/panels/{panelId}/declarations/{declarationId}/score/lock'].post.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{callId}/ranking'].get.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{callId}/rubric'].put.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{callId}/rubric'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/panels/{panelId}/chair'].post.responses['400']").exists())
			.andExpect(jsonPath(summary + ".put.responses['403']").exists())
			.andExpect(jsonPath(summary + ".put.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{callId}/declarations/{declarationId}/brief'].get.tags[0]").value("scoring"))
			.andExpect(jsonPath(inspection + "'].get.tags[0]").value("inspections"))
			.andExpect(jsonPath(inspection + "/schedule'].post.responses['400']").exists())
			.andExpect(jsonPath(inspection + "/record'].post.responses['409']").exists())
			.andExpect(jsonPath(inspection + "/photos'].post.requestBody.content['multipart/form-data']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/calls/{callId}/panels'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/panels/{id}/declarations/{declarationId}/conflict'].post.responses['409']").exists());
	}
}
