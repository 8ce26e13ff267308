package cn.cebase.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Used by templates as {@code @pages}: the current URL with another page number, filters kept. */
@Component("pages")
public class Pages {

	public String url(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}
}
