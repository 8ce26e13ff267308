package cn.cebase;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.Binarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code printed in the bottom-left quarter of a document's first page, as a phone's
 * scanner would: from the page as drawn, not from the image embedded in the file. A scanner looks
 * at frame after frame until one decodes; ZXing looking at one clean rendering misreads about one
 * valid code in seventy-five (measured: 2 in 150 at 300 dpi, a checksum failure from a misplaced
 * sampling grid), so this tries a few renderings and both of ZXing's binarizers before it gives up.
 */
public final class PrintedQrCodes {

	private static final int[] DPIS = { 300, 240, 360 };

	private PrintedQrCodes() {
	}

	/** {@link #read(PDDocument)} of a PDF as downloaded. */
	public static String read(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return read(document);
		}
	}

	/** @throws AssertionError when no rendering yields a QR code */
	public static String read(PDDocument document) throws IOException {
		ReaderException last = null;
		for (int dpi : DPIS) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
			BufferedImage corner = page.getSubimage(0, page.getHeight() / 2, page.getWidth() / 4, page.getHeight() / 2);
			int width = corner.getWidth();
			int height = corner.getHeight();
			LuminanceSource source = new RGBLuminanceSource(width, height,
					corner.getRGB(0, 0, width, height, null, 0, width));
			for (Binarizer binarizer : new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) }) {
				try {
					return new QRCodeReader().decode(new BinaryBitmap(binarizer), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
						.getText();
				}
				catch (ReaderException ex) {
					last = ex;
				}
			}
		}
		throw new AssertionError("no readable QR code in the bottom-left quarter of the first page", last);
	}

	/** Reads an image that is the code itself with its quiet zone and nothing else, as generated or embedded. */
	public static Result readPure(BufferedImage image) throws ReaderException {
		int width = image.getWidth();
		int height = image.getHeight();
		LuminanceSource source = new RGBLuminanceSource(width, height, image.getRGB(0, 0, width, height, null, 0, width));
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
				Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
	}
}
