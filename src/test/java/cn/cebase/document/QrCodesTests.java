package cn.cebase.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import cn.cebase.PrintedQrCodes;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;

import org.junit.jupiter.api.Test;

/** A link becomes a QR code that a reader decodes back to the same link, with error correction M and its quiet zone. */
class QrCodesTests {

	private static final String URL = "http://localhost:8080/public/verify/K7QM2XPD9RTA4WZC";

	@Test
	void theImageDecodesToTheSameLinkWithErrorCorrectionM() throws Exception {
		Result result = PrintedQrCodes.readPure(ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, 6))));
		assertThat(result.getText()).isEqualTo(URL);
		assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
	}

	@Test
	void chineseAndLongLinksSurviveTheRoundTrip() throws Exception {
		String text = "https://cebase.example.cn/public/verify/ABC?名称=福州职业技能培训学校&" + "x".repeat(300);
		assertThat(PrintedQrCodes.readPure(ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 3)))).getText()).isEqualTo(text);
	}

	@Test
	void fourWhiteModulesSurroundTheSymbolAndEachModuleIsWholePixels() throws IOException {
		int pixels = 5;
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, pixels)));
		int side = image.getWidth();
		assertThat(image.getHeight()).isEqualTo(side);
		assertThat(side % pixels).isZero();
		int quiet = QrCodes.QUIET_ZONE * pixels;
		for (int i = 0; i < side; i++) {
			for (int band = 0; band < quiet; band++) {
				assertThat(dark(image, i, band) || dark(image, band, i) || dark(image, i, side - 1 - band)
						|| dark(image, side - 1 - band, i)).as("quiet zone at %d/%d", i, band).isFalse();
			}
		}
		// the top-left finder pattern starts right inside the quiet zone, a whole module of dark pixels
		for (int dx = 0; dx < pixels; dx++) {
			for (int dy = 0; dy < pixels; dy++) {
				assertThat(dark(image, quiet + dx, quiet + dy)).isTrue();
			}
		}
	}

	@Test
	void theDataUriCarriesThePng() {
		String uri = QrCodes.pngDataUri(URL, 4);
		assertThat(uri).startsWith("data:image/png;base64,");
		byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
		assertThat(png).isEqualTo(QrCodes.png(URL, 4));
	}

	@Test
	void nothingToEncodeOrNoPixelsIsRefused() {
		assertThatThrownBy(() -> QrCodes.png("", 4)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QrCodes.png(null, 4)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QrCodes.png(URL, 0)).isInstanceOf(IllegalArgumentException.class);
		// more than a version-40 code holds at level M
		assertThatThrownBy(() -> QrCodes.png("9".repeat(6000), 1)).isInstanceOf(IllegalArgumentException.class);
	}


	private static boolean dark(BufferedImage image, int x, int y) {
		return (image.getRGB(x, y) & 0xFF) < 128;
	}
}
