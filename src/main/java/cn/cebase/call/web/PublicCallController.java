package cn.cebase.call.web;

import java.util.List;

import cn.cebase.call.Call;
import cn.cebase.call.CallManagement;
import cn.cebase.call.CallPublicity;
import cn.cebase.call.CallStatus;
import cn.cebase.identity.CurrentUser;
import cn.cebase.organization.OrganizationManagement;
import cn.cebase.shared.BusinessException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 申报公告: the published calls with their notices, for everyone, signed in or not; a call whose
 * results went to publicity leads to it.
 */
@Controller
class PublicCallController {

	private final CallManagement calls;

	private final OrganizationManagement organizations;

	private final List<CallPublicity> publicity;

	PublicCallController(CallManagement calls, OrganizationManagement organizations, List<CallPublicity> publicity) {
		this.calls = calls;
		this.organizations = organizations;
		this.publicity = publicity;
	}

	@GetMapping("/public/calls")
	String list(Model model) {
		model.addAttribute("calls", calls.published());
		model.addAttribute("organizations", organizations);
		return "calls/public-list";
	}

	@GetMapping("/public/calls/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Call call = calls.get(user, id);
		if (call.status() == CallStatus.DRAFT) {
			// a draft is its authority's business, even on the public page
			throw BusinessException.notFound();
		}
		model.addAttribute("call", call);
		model.addAttribute("authority", organizations.get(call.authorityId()));
		model.addAttribute("profile", calls.profileOf(call));
		model.addAttribute("attachments", calls.attachments(id));
		model.addAttribute("publicity", publicity.stream().flatMap(p -> p.of(id).stream()).findFirst().orElse(null));
		return "calls/public-detail";
	}

	/** A notice's attachment, for anyone who may see the call. */
	@GetMapping("/public/calls/{id}/attachments/{fileId}")
	org.springframework.http.ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long fileId) {
		var found = calls.attachmentContent(user, id, fileId);
		var attachment = found.getKey();
		byte[] content = found.getValue();
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
				.filename(attachment.name(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.contentType(org.springframework.http.MediaType.parseMediaType(attachment.mediaType()))
			.body(content);
	}
}
