package cn.cebase.base.web;

import java.util.Locale;

import cn.cebase.identity.CurrentUser;
import cn.cebase.base.PlaquePdf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 牌匾 by API, under the same rules as the page: refusals come back as problem details. */
@RestController
@Tag(name = "bases", description = "继续教育基地：牌匾")
class PlaqueApiController {

	private final PlaquePdf plaques;

	PlaqueApiController(PlaquePdf plaques) {
		this.plaques = plaques;
	}

	@GetMapping("/api/v1/bases/{id}/plaque.pdf")
	@Operation(summary = "基地牌匾（PDF）：认定机关及其上级的工作人员、基地所属施教机构可取；已撤销、注销或失效的基地不出具")
	ResponseEntity<byte[]> plaque(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return PlaqueController.pdf(plaques.render(user, id, Locale.SIMPLIFIED_CHINESE), "plaque-" + id + ".pdf");
	}
}
