package cn.cebase.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Only the font weights the PDFs use ship (each is 10 MB): the build unpacks them from ph-fonts-noto-sans-sc. */
class FontWeightsTests {

	@Test
	void theClasspathHoldsTheTwoWeightsPdfRendererUsesAndTheirLicence() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		Resource[] fonts = resolver.getResources("classpath*:fonts/ttf/NotoSansSC/*.ttf");
		assertThat(Arrays.stream(fonts).map(Resource::getFilename)).containsExactlyInAnyOrder(
				PdfRenderer.REGULAR_FONT.substring(PdfRenderer.REGULAR_FONT.lastIndexOf('/') + 1),
				PdfRenderer.BOLD_FONT.substring(PdfRenderer.BOLD_FONT.lastIndexOf('/') + 1));
		// SIL OFL 1.1: the licence travels with the fonts
		assertThat(resolver.getResource("classpath:fonts/ttf/NotoSansSC/OFL.txt").exists()).isTrue();
	}
}
