package cn.cebase.evaluation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A small real PNG for tests and journeys that upload a photo. */
public final class InspectionTestsSupport {

	private InspectionTestsSupport() {
	}

	public static byte[] png() {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xF2F4F7));
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(0xB42318));
		g.fillRect(40, 40, 240, 120);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
