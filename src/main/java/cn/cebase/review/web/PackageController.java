package cn.cebase.review.web;

import cn.cebase.identity.CurrentUser;
import cn.cebase.review.PackageJob;
import cn.cebase.review.PackageJobs;
import cn.cebase.shared.BusinessException;
import cn.cebase.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 打包下载: start a package of a call's forms and evidence, watch its progress, download it. */
@Controller
class PackageController {

	private final PackageJobs jobs;

	PackageController(PackageJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/reviews/calls/{callId}/packages")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long callId, RedirectAttributes redirect) {
		try {
			return "redirect:/reviews/packages/" + jobs.start(user, callId).id();
		}
		catch (BusinessException ex) {
			if (!ex.concernsInput()) {
				throw ex;
			}
			Flash.danger(redirect, ex.messageKey(), ex.args());
			return "redirect:/reviews/calls/" + callId + "/recommendations";
		}
	}

	/** The page, or for htmx's polling only its progress, which stops polling once the job has finished. */
	@GetMapping("/reviews/packages/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HtmxRequest htmx, Model model) {
		model.addAttribute("job", jobs.get(user, id));
		return htmx.isHtmxRequest() ? "reviews/package :: progress" : "reviews/package";
	}

	@GetMapping("/reviews/packages/{id}/download")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		PackageJob job = jobs.get(user, id);
		InputStreamResource content = new InputStreamResource(jobs.content(user, id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(job.fileSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(job.fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(content);
	}
}
