package cn.cebase.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files handed to the browser, with a Content-Disposition that carries a Chinese file name intact (RFC 6266). */
public final class Downloads {

	private Downloads() {
	}

	/** A PDF the browser shows in place. */
	public static ResponseEntity<byte[]> inlinePdf(byte[] content, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	/** A file the browser saves. */
	public static ResponseEntity<byte[]> attachment(byte[] content, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
