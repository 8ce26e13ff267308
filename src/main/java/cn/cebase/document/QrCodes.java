package cn.cebase.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for links printed on paper (a plaque's verification link, a certificate's): error
 * correction M, so that a scratch or a seal over a corner still reads, and the quiet zone of four
 * modules that ISO/IEC 18004 asks for, so that a scanner finds the code on a busy page. The image
 * is black on white, a whole number of pixels per module: scaling it by anything else would blur
 * the module edges.
 */
public final class QrCodes {

	/** ISO/IEC 18004's quiet zone around the symbol, in modules. */
	public static final int QUIET_ZONE = 4;

	private static final int BLACK = 0xFF000000;

	private static final int WHITE = 0xFFFFFFFF;

	private QrCodes() {
	}

	/**
	 * @param text what the code says, e.g. a URL (UTF-8)
	 * @param pixelsPerModule the side of one module in pixels, at least 1
	 * @return a PNG of the code with its quiet zone
	 * @throws IllegalArgumentException when the text is empty or too long for a QR code
	 */
	public static byte[] png(String text, int pixelsPerModule) {
		BitMatrix matrix = matrix(text);
		if (pixelsPerModule < 1) {
			throw new IllegalArgumentException("pixelsPerModule must be at least 1");
		}
		int side = matrix.getWidth() * pixelsPerModule;
		BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				image.setRGB(x, y, matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? BLACK : WHITE);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the QR code's image", ex);
		}
		return out.toByteArray();
	}

	/** {@link #png} as a {@code data:} URI, for an {@code <img>} in a document that may load nothing from outside. */
	public static String pngDataUri(String text, int pixelsPerModule) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, pixelsPerModule));
	}

	/** The modules, quiet zone included, one bit each: {@code true} is dark. */
	static BitMatrix matrix(String text) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("a QR code needs some text");
		}
		Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
				EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8");
		try {
			// width and height 0: one pixel per module, so that the caller scales by whole pixels
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("could not encode the text as a QR code: " + ex.getMessage(), ex);
		}
	}
}
