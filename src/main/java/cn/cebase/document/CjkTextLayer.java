package cn.cebase.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the text of a PDF read as the ideographs that were typed. In CJK fonts a radical (⼈
 * U+2F08) or a compatibility ideograph shares the glyph of the ideograph (人 U+4EBA); PDFBox maps
 * each glyph back to its lowest code point when it writes a subset's ToUnicode table, so copied,
 * searched or extracted text would hold radicals where 人员 was written (apache/pdfbox pull
 * request 470 describes it). This rewrites those entries to the ideograph. Immutable and
 * thread-safe once built.
 */
final class CjkTextLayer {

	/** PostScript name of each font (as in BaseFont, without the subset tag) → glyph id → its text. */
	private final Map<String, Map<Integer, String>> preferredByFont;

	private CjkTextLayer(Map<String, Map<Integer, String>> preferredByFont) {
		this.preferredByFont = preferredByFont;
	}

	static CjkTextLayer of(List<byte[]> fonts) {
		Map<String, Map<Integer, String>> preferred = new HashMap<>();
		for (byte[] font : fonts) {
			try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
				preferred.put(ttf.getName(), preferredCodePoints(ttf));
			}
			catch (IOException ex) {
				throw new IllegalStateException("could not read the PDF font's character map", ex);
			}
		}
		return new CjkTextLayer(Map.copyOf(preferred));
	}

	/** The glyphs whose lowest code point is a radical or compatibility form while an ideograph maps to them too. */
	private static Map<Integer, String> preferredCodePoints(TrueTypeFont ttf) throws IOException {
		CmapLookup cmap = ttf.getUnicodeCmapLookup();
		Map<Integer, String> preferred = new HashMap<>();
		for (int gid = 1, max = ttf.getNumberOfGlyphs(); gid < max; gid++) {
			List<Integer> codes = cmap.getCharCodes(gid);
			if (codes == null || codes.size() < 2 || !isVariantForm(codes.get(0))) {
				continue;
			}
			for (int code : codes) {
				if (!isVariantForm(code)) {
					preferred.put(gid, new String(Character.toChars(code)));
					break;
				}
			}
		}
		return Map.copyOf(preferred);
	}

	/** CJK radicals supplement, Kangxi radicals, and the compatibility ideographs. */
	static boolean isVariantForm(int codePoint) {
		return (codePoint >= 0x2E80 && codePoint <= 0x2FDF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
				|| (codePoint >= 0x2F800 && codePoint <= 0x2FA1F);
	}

	/** The same PDF with its fonts' ToUnicode tables naming the ideographs; unchanged bytes when nothing needs it. */
	byte[] repair(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			boolean changed = false;
			for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
				if (object.getObject() instanceof COSDictionary font && COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
					changed |= repairFont(font);
				}
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
	}

	private boolean repairFont(COSDictionary font) throws IOException {
		String baseFont = font.getNameAsString(COSName.BASE_FONT);
		if (baseFont == null) {
			return false;
		}
		Map<Integer, String> preferred = preferredByFont.get(baseFont.substring(baseFont.indexOf('+') + 1));
		COSBase toUnicode = font.getDictionaryObject(COSName.TO_UNICODE);
		if (preferred == null || preferred.isEmpty() || !(toUnicode instanceof COSStream stream)) {
			return false;
		}
		CMap cmap;
		try (var in = stream.createInputStream()) {
			cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
		}
		// Identity-H: two-byte codes, and the code is the glyph id of the full font (PDFBox keeps the old ids as CIDs)
		Map<Integer, String> entries = new TreeMap<>();
		boolean changed = false;
		for (int code = 0; code <= 0xFFFF; code++) {
			String text = cmap.toUnicode(code, 2);
			if (text == null) {
				continue;
			}
			String better = preferred.get(code);
			if (better != null && !better.equals(text) && text.codePoints().allMatch(CjkTextLayer::isVariantForm)) {
				text = better;
				changed = true;
			}
			entries.put(code, text);
		}
		if (changed) {
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(toUnicodeCMap(entries).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return changed;
	}

	/** A ToUnicode CMap (PDF 32000-1 9.10.3) of single-code entries, at most 100 to a block. */
	static String toUnicodeCMap(Map<Integer, String> entries) {
		StringBuilder cmap = new StringBuilder(entries.size() * 16 + 400);
		cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		var all = entries.entrySet().stream().toList();
		for (int start = 0; start < all.size(); start += 100) {
			var block = all.subList(start, Math.min(all.size(), start + 100));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (var entry : block) {
				cmap.append('<').append(String.format("%04X", entry.getKey())).append("> <");
				for (char c : entry.getValue().toCharArray()) {
					cmap.append(String.format("%04X", (int) c));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
	}
}
