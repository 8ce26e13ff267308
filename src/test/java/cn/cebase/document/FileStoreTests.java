package cn.cebase.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;

import cn.cebase.CeBaseTest;
import cn.cebase.shared.BusinessException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Files are judged by their content, kept once, and refused when empty or too large. */
@CeBaseTest
class FileStoreTests {

	@Autowired
	FileStore files;

	@Test
	void aPdfIsKeptOnceHoweverOftenItIsUploaded() {
		byte[] pdf = ("%PDF-1.7\n" + System.nanoTime() + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
		StoredFile first = files.store(pdf, EnumSet.of(FileKind.PDF), "file");
		StoredFile again = files.store(pdf.clone(), EnumSet.of(FileKind.PDF), "file");
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(first.mediaType()).isEqualTo("application/pdf");
		assertThat(first.sha256()).hasSize(64);
		assertThat(files.content(first.id())).hasValue(pdf);
	}

	@Test
	void anExeRenamedPdfIsNotAPdf() {
		byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> files.store(exe, EnumSet.of(FileKind.PDF), "evidence")).isInstanceOfSatisfying(
				BusinessException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("file.wrongKind");
					assertThat(ex.field()).isEqualTo("evidence");
				});
	}

	@Test
	void aKindTheCallerDoesNotTakeIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
		assertThat(FileKind.of(png)).hasValue(FileKind.PNG);
		assertThatThrownBy(() -> files.store(png, EnumSet.of(FileKind.PDF), "file")).isInstanceOf(BusinessException.class);
	}

	@Test
	void anEmptyOrOversizedFileIsRefused() {
		assertThatThrownBy(() -> files.store(new byte[0], EnumSet.allOf(FileKind.class), "file"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> assertThat(ex.messageKey()).isEqualTo("file.empty"));
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(magic, 0, large, 0, magic.length);
		Arrays.fill(large, magic.length, magic.length + 10, (byte) 'x');
		assertThatThrownBy(() -> files.store(large, EnumSet.of(FileKind.PDF), "file"))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("file.tooLarge");
				assertThat(ex.args()).containsExactly(20L);
			});
	}
}
