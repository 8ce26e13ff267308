package cn.cebase.document;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file people attach, recognised by their first bytes (magic numbers), not by their names. */
public enum FileKind {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	/** Office 2007+ documents are ZIP containers; the name's extension tells Word from Excel. */
	OFFICE_OPEN_XML("application/zip", "docx", new byte[] { 'P', 'K', 0x03, 0x04 }),
	/** Office 97–2003 documents (OLE2 compound files). */
	OFFICE_LEGACY("application/x-ole-storage", "doc",
			new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	FileKind(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	public static Optional<FileKind> of(byte[] content) {
		return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
	}

	private boolean matches(byte[] content) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}
}
