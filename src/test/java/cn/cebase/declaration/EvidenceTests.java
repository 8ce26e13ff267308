package cn.cebase.declaration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.identity.CurrentUser;
import cn.cebase.institution.InstitutionManagement;
import cn.cebase.policy.TrackKind;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 佐证材料: PDFs and pictures per section, judged by content, with their SHA-256; an .exe renamed .pdf is refused. */
@CeBaseTest
class EvidenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	DeclarationManagement declarations;

	@Autowired
	UserDetailsService users;

	@Autowired
	cn.cebase.Scenarios scenarios;

	@Test
	void evidenceIsAttachedListedAndRemovedWhileTheFormIsTheApplicants() throws Exception {
		var open = scenarios.fujianCallOpenToANewSchool("福建佐证测试");
		Call call = open.call();
		CurrentUser school = open.school();
		long id = declarations.startDraft(school, call.id(), TrackKind.REGULAR).id();

		byte[] pdf = ("%PDF-1.4 教学场地租赁合同 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/v1/declarations/{id}/evidence", id).file(new MockMultipartFile("file", "场地合同.pdf",
				"application/pdf", pdf)).param("section", "overview").with(user(school)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.hasLength(64)))
			.andExpect(jsonPath("$.mediaType").value("application/pdf"));

		mvc.perform(multipart("/api/v1/declarations/{id}/evidence", id).file(new MockMultipartFile("file", "师资名单.pdf",
				"application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).param("section", "teachers")
			.with(user(school)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("file.wrongKind"));
		mvc.perform(multipart("/api/v1/declarations/{id}/evidence", id).file(new MockMultipartFile("file", "x.pdf",
				"application/pdf", pdf)).param("section", "nonsense").with(user(school)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("section"));
		// a Word file is for notices, not evidence
		mvc.perform(multipart("/api/v1/declarations/{id}/evidence", id).file(new MockMultipartFile("file", "制度.docx",
				"application/octet-stream", "PK\u0003\u0004x".getBytes(StandardCharsets.ISO_8859_1))).param("section", "managementSystem")
			.with(user(school)).with(csrf()))
			.andExpect(status().isBadRequest());

		String list = mvc.perform(get("/api/v1/declarations/{id}/evidence", id).with(user(school)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].name").value("场地合同.pdf"))
			.andReturn().getResponse().getContentAsString();
		long evidenceId = Long.parseLong(list.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(delete("/api/v1/declarations/{id}/evidence/{e}", id, evidenceId).with(user(Fixtures.user(users, "inst.fj")))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/declarations/{id}/evidence/{e}", id, evidenceId).with(user(school)).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/declarations/{id}/evidence", id).with(user(school))).andExpect(jsonPath("$.length()").value(0));
	}
}
