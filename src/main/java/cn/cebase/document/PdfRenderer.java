package cn.cebase.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML document into a tagged (PDF/UA) A4 PDF with Noto Sans SC embedded
 * (regular and bold, subset), so that Chinese looks the same on every reader and printer, and its
 * text copies and searches as the ideographs typed. The document should name its language
 * ({@code <html lang="zh-CN">}), title ({@code <title>}) and description ({@code <meta
 * name="description">}): readers show and speak them. CSS paged media works as openhtmltopdf
 * supports it: the caller's stylesheet sets margins and running footers such as page numbers
 * ({@code @page { @bottom-center { content: counter(page) } }}); the words around them are the
 * caller's, from its message bundle.
 *
 * <p>Thread-safe: the font files are read from the classpath once, on first use, and shared
 * read-only; each call builds its own renderer. A document may load nothing from outside: no
 * stylesheet, image or font by URL, so text a user typed cannot make the server fetch anything;
 * only an image carried in the document itself as a {@code data:image/} URI is drawn.
 */
@Component
public class PdfRenderer {

	/** The CSS font family the documents name; text in any other family falls back to it. */
	public static final String FONT_FAMILY = "Noto Sans SC";

	static final String REGULAR_FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	static final String BOLD_FONT = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private static final float A4_WIDTH_MM = 210f;

	private static final float A4_HEIGHT_MM = 297f;

	private final ClassLoader classLoader;

	private final String regularPath;

	private final String boldPath;

	/** Font metrics openhtmltopdf measured once, shared by every rendering (a concurrent map). */
	private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

	private volatile Fonts fonts;

	public PdfRenderer() {
		this(PdfRenderer.class.getClassLoader(), REGULAR_FONT, BOLD_FONT);
	}

	PdfRenderer(ClassLoader classLoader, String regularPath, String boldPath) {
		OpenHtmlToPdfLogging.install();
		this.classLoader = classLoader;
		this.regularPath = regularPath;
		this.boldPath = boldPath;
	}

	/**
	 * @param xhtml a complete, well-formed XHTML document
	 * @return the PDF's bytes
	 * @throws IllegalStateException when the font is not on the classpath
	 * @throws IllegalArgumentException when the document cannot be rendered
	 */
	public byte[] render(String xhtml) {
		Fonts loaded = fonts();
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM);
		// tagged (PDF/UA): readable aloud, and no built-in PDF fonts, which would make PDFBox scan the system's fonts
		builder.usePdfUaAccessibility(true);
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
		Set<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL);
		builder.useFont(() -> new ByteArrayInputStream(loaded.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true,
				everywhere);
		builder.useFont(() -> new ByteArrayInputStream(loaded.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true,
				everywhere);
		builder.useExternalResourceAccessControl((uri, type) -> isEmbeddedImage(uri, type),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> isEmbeddedImage(uri, type),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withProducer("CE-Base");
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render the PDF", ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("could not render the PDF: " + ex.getMessage(), ex);
		}
		try {
			return loaded.textLayer().repair(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not finish the PDF's text layer", ex);
		}
	}

	/**
	 * A raster image carried inside the document as a {@code data:image/...} URI (a QR code the
	 * application drew): nothing is fetched to read it. Every other URI is refused.
	 */
	static boolean isEmbeddedImage(String uri, ExternalResourceType type) {
		return type == ExternalResourceType.IMAGE_RASTER && uri != null
				&& uri.regionMatches(true, 0, "data:image/", 0, "data:image/".length());
	}

	/**
	 * The text without the characters XML 1.0 cannot carry (most C0 controls, lone surrogates,
	 * U+FFFE/U+FFFF), which escaping does not remove and which would make the document unreadable:
	 * text pasted from word processors brings vertical tabs and form feeds. Tabs and line breaks stay.
	 */
	public static String xmlText(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
					|| (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
			if (allowed) {
				kept.appendCodePoint(cp);
			}
		});
		return kept.toString();
	}

	private Fonts fonts() {
		Fonts loaded = fonts;
		if (loaded == null) {
			synchronized (this) {
				loaded = fonts;
				if (loaded == null) {
					byte[] regular = read(regularPath);
					byte[] bold = read(boldPath);
					loaded = new Fonts(regular, bold, CjkTextLayer.of(java.util.List.of(regular, bold)));
					fonts = loaded;
				}
			}
		}
		return loaded;
	}

	private byte[] read(String path) {
		try (InputStream in = classLoader.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The PDF font " + FONT_FAMILY + " is missing: no " + path
						+ " on the classpath (it comes from com.helger.font:ph-fonts-noto-sans-sc)");
			}
			return withoutVariationSequences(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the PDF font " + path, ex);
		}
	}

	/**
	 * The font without its Unicode Variation Sequences subtable (cmap platform 0, encoding 5, format
	 * 14), which PDFBox cannot use and warns about each time it reads the font, that is for every
	 * document. Only the subtable's entry in the cmap header goes; the tables' offsets stay valid.
	 */
	static byte[] withoutVariationSequences(byte[] ttf) {
		java.nio.ByteBuffer font = java.nio.ByteBuffer.wrap(ttf.clone());
		int tables = font.getShort(4) & 0xFFFF;
		for (int t = 0; t < tables; t++) {
			int record = 12 + 16 * t;
			if (font.getInt(record) != 0x636D6170) { // 'cmap'
				continue;
			}
			int cmap = font.getInt(record + 8);
			int subtables = font.getShort(cmap + 2) & 0xFFFF;
			for (int s = 0; s < subtables; s++) {
				int entry = cmap + 4 + 8 * s;
				if (font.getShort(entry) == 0 && font.getShort(entry + 2) == 5) {
					int last = cmap + 4 + 8 * (subtables - 1);
					System.arraycopy(font.array(), entry + 8, font.array(), entry, last - entry);
					java.util.Arrays.fill(font.array(), last, last + 8, (byte) 0);
					font.putShort(cmap + 2, (short) (subtables - 1));
					return font.array();
				}
			}
		}
		return ttf;
	}

	private record Fonts(byte[] regular, byte[] bold, CjkTextLayer textLayer) {
	}
}
