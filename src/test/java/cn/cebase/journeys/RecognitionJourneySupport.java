package cn.cebase.journeys;

import java.io.IOException;

import cn.cebase.PrintedQrCodes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads a plaque as a phone would: from its first page as drawn, the QR code in the bottom-left corner. */
final class RecognitionJourneySupport {

	private RecognitionJourneySupport() {
	}

	static String qrUrlOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return PrintedQrCodes.read(document);
		}
	}
}
