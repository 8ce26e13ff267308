package cn.cebase.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XHTML becomes an A4 PDF with Noto Sans SC embedded, page numbers from CSS, and nothing fetched from outside. */
class PdfRendererTests {

	private static final PdfRenderer renderer = new PdfRenderer();

	@Test
	void chineseTextIsRenderedWithTheEmbeddedFontOnA4() throws IOException {
		byte[] pdf = renderer.render(page("<p>专业技术人员继续教育基地申报表</p><p><b>粗体标题</b></p>"));
		assertThat(FileKind.of(pdf)).hasValue(FileKind.PDF);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("专业技术人员继续教育基地申报表", "粗体标题");
			PDPage first = document.getPage(0);
			// A4 is 595 × 842 points
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			List<String> fonts = new ArrayList<>();
			for (var name : first.getResources().getFontNames()) {
				PDFont font = first.getResources().getFont(name);
				fonts.add(font.getName());
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
			assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("NotoSansSC"));
			assertThat(fonts).anyMatch(name -> name.contains("Bold"));
		}
	}

	@Test
	void copiedTextReadsAsTheIdeographsTypedNotTheRadicalsSharingTheirGlyphs() throws IOException {
		// each of these shares its glyph with a Kangxi radical or a radical supplement form in Noto Sans SC
		String typed = "人一大工方立食长门見";
		try (PDDocument document = Loader.loadPDF(renderer.render(page("<p>" + typed + "</p><p><b>" + typed + "</b></p>")))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(typed + "\n" + typed);
			assertThat(text.codePoints().filter(CjkTextLayer::isVariantForm)).isEmpty();
		}
	}

	@Test
	void theFontLosesOnlyTheVariationSequencesPdfBoxCannotRead() throws IOException {
		byte[] original;
		try (var in = getClass().getClassLoader().getResourceAsStream(PdfRenderer.REGULAR_FONT)) {
			original = in.readAllBytes();
		}
		byte[] trimmed = PdfRenderer.withoutVariationSequences(original);
		assertThat(trimmed).hasSameSizeAs(original);
		try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
				TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(trimmed))) {
			assertThat(subtables(before)).contains("0/5");
			assertThat(subtables(after)).doesNotContain("0/5").hasSize(subtables(before).size() - 1);
			for (int codePoint : "申报表Aa1（）".codePoints().toArray()) {
				assertThat(after.getUnicodeCmapLookup().getGlyphId(codePoint))
					.isEqualTo(before.getUnicodeCmapLookup().getGlyphId(codePoint))
					.isPositive();
			}
		}
	}

	private static List<String> subtables(TrueTypeFont font) throws IOException {
		List<String> ids = new ArrayList<>();
		for (CmapSubtable table : font.getCmap().getCmaps()) {
			ids.add(table.getPlatformId() + "/" + table.getPlatformEncodingId());
		}
		return ids;
	}

	@Test
	void pageNumbersComeFromTheCallersStylesheet() throws IOException {
		String css = "@page { size: A4; margin: 20mm; @bottom-center { font-family: 'Noto Sans SC';"
				+ " content: '第 ' counter(page) ' 页 共 ' counter(pages) ' 页'; } }";
		byte[] pdf = renderer.render(document(css, "<p>一</p><p style=\"page-break-before: always\">二</p>"
				+ "<p style=\"page-break-before: always\">三</p>"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(document)).contains("第 2 页 共 3 页");
		}
	}

	@Test
	void rendersConcurrently() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> work = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String text = "第" + i + "份申报表";
				work.add(() -> {
					try (PDDocument document = Loader.loadPDF(renderer.render(page("<p>" + text + "</p>")))) {
						return new PDFTextStripper().getText(document).strip();
					}
				});
			}
			List<String> texts = new ArrayList<>();
			for (Future<String> result : pool.invokeAll(work)) {
				texts.add(result.get());
			}
			assertThat(texts).containsExactly("第0份申报表", "第1份申报表", "第2份申报表", "第3份申报表", "第4份申报表",
					"第5份申报表", "第6份申报表", "第7份申报表");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void loadsNothingFromOutsideTheDocument(@TempDir Path dir) throws IOException {
		Path css = dir.resolve("red.css");
		Files.writeString(css, "p { font-size: 40pt; }");
		Path image = dir.resolve("x.png");
		Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		String html = "<html><head><link rel=\"stylesheet\" href=\"" + css.toUri() + "\"/></head><body>"
				+ "<p>外部资源</p><img src=\"" + image.toUri() + "\"/><img src=\"http://127.0.0.1:9/x.png\"/></body></html>";
		try (PDDocument document = Loader.loadPDF(renderer.render(html))) {
			assertThat(new PDFTextStripper().getText(document)).contains("外部资源");
			assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
		}
	}

	@Test
	void anImageCarriedInTheDocumentIsDrawnButNoStylesheetComesFromADataUri() throws IOException {
		String css = "data:text/css;base64,"
				+ java.util.Base64.getEncoder().encodeToString("p { display: none; }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String html = "<html lang=\"zh-CN\"><head><title>t</title><link rel=\"stylesheet\" href=\"" + css + "\"/></head>"
				+ "<body><p>二维码</p><img alt=\"QR\" src=\"" + QrCodes.pngDataUri("https://example.cn/v/1", 2) + "\"/></body></html>";
		try (PDDocument document = Loader.loadPDF(renderer.render(html))) {
			assertThat(new PDFTextStripper().getText(document)).contains("二维码");
			assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
		}
	}

	@Test
	void aMissingFontIsNamedInTheFailure() {
		PdfRenderer withoutFont = new PdfRenderer(getClass().getClassLoader(), "fonts/none/Missing.ttf",
				PdfRenderer.BOLD_FONT);
		assertThatThrownBy(() -> withoutFont.render(page("<p>x</p>"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Noto Sans SC")
			.hasMessageContaining("fonts/none/Missing.ttf");
	}

	@Test
	void aDocumentThatIsNotXhtmlIsRefused() {
		assertThatThrownBy(() -> renderer.render("<html><body><p>未闭合</body></html>"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static String page(String body) {
		return document("", body);
	}

	private static String document(String css, String body) {
		return "<html lang=\"zh-CN\"><head><title>测试</title><style>body { font-family: 'Noto Sans SC'; } " + css + "</style></head><body>" + body
				+ "</body></html>";
	}
}
