package cn.cebase.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.cebase.CeBaseTest;
import cn.cebase.Fixtures;
import cn.cebase.policy.TrackKind;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 附件 of a notice (SD 附件1–5): uploaded by its authority, downloaded by anyone once the call is published. */
@CeBaseTest
class CallAttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	UserDetailsService users;

	@Test
	void theApplicationFormIsUploadedAndDownloadedFromThePublicNotice() throws Exception {
		Call call = calls.create(Fixtures.user(users, "sd.authority"), "SD", new CallDetails("山东省2026年申报（附件）", 2026,
				null, "正文", Instant.now(), Instant.now().plus(Duration.ofDays(9)), List.of(TrackKind.REGULAR), List.of()));
		byte[] docx = ("PK\u0003\u0004word/document.xml" + System.nanoTime()).getBytes(StandardCharsets.ISO_8859_1);
		MockMultipartFile form = new MockMultipartFile("file", "附件1 山东省专业技术人员继续教育基地申请表.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);

		mvc.perform(multipart("/api/v1/calls/{id}/attachments", call.id()).file(form)
			.with(user(Fixtures.user(users, "sd.authority"))).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("附件1 山东省专业技术人员继续教育基地申请表.docx"));
		long fileId = calls.attachments(call.id()).get(0).fileId();

		// a draft's attachment is not public yet
		mvc.perform(get("/public/calls/{id}/attachments/{f}", call.id(), fileId)).andExpect(status().isNotFound());
		calls.publish(Fixtures.user(users, "sd.authority"), call.id(), null);
		byte[] downloaded = mvc.perform(get("/public/calls/{id}/attachments/{f}", call.id(), fileId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(docx);
		mvc.perform(get("/public/calls/{id}", call.id()))
			.andExpect(content().string(Matchers.containsString("附件1 山东省专业技术人员继续教育基地申请表.docx")));
	}

	@Test
	void anExeIsRefusedAndAnotherProvinceCannotUpload() throws Exception {
		Call call = calls.create(Fixtures.user(users, "fj.authority"), "FJ", new CallDetails("福建附件测试", 2026, null, "正文",
				Instant.now(), Instant.now().plus(Duration.ofDays(9)), List.of(TrackKind.REGULAR), List.of()));
		MockMultipartFile exe = new MockMultipartFile("file", "通知.pdf", "application/pdf",
				"MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1));
		mvc.perform(multipart("/api/v1/calls/{id}/attachments", call.id()).file(exe)
			.with(user(Fixtures.user(users, "fj.authority"))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("按文件内容判断")));
		MockMultipartFile pdf = new MockMultipartFile("file", "通知.pdf", "application/pdf",
				"%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(multipart("/api/v1/calls/{id}/attachments", call.id()).file(pdf)
			.with(user(Fixtures.user(users, "jl.authority"))).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
