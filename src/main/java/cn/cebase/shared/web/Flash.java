package cn.cebase.shared.web;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown on the next page; the layout renders it from the message bundle. It waits in the
 * session, which PostgreSQL keeps, so it and its arguments are serializable: an argument that is not (a
 * module's value type) waits as its text.
 */
public record Flash(String kind, String key, Object[] args) implements Serializable {

	public Flash {
		args = args == null ? new Object[0]
				: Arrays.stream(args).map(arg -> arg == null || arg instanceof Serializable ? arg : String.valueOf(arg)).toArray();
	}

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
