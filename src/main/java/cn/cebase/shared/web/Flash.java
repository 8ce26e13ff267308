package cn.cebase.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-time message shown on the next page; the layout renders it from the message bundle. */
public record Flash(String kind, String key, Object[] args) {

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash("success", key, args));
	}

	public static void warning(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash("warning", key, args));
	}

	public static void danger(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash("danger", key, args));
	}
}
