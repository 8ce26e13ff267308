package cn.cebase.review;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.cebase.declaration.DeclarationManagement;
import cn.cebase.declaration.Evidence;
import cn.cebase.identity.CurrentUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Builds a package in the background: the 申报汇总表 first, then for each application in rank
 * order a folder with its form as PDF and its evidence, counting each application as done. The
 * ZIP goes into the database piece by piece as it is written ({@link PackageContents}); only a job
 * marked done is offered for download, and a failed one's pieces are removed.
 */
@Component
class PackageWriter {

	private static final Logger log = LoggerFactory.getLogger(PackageWriter.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final DeclarationManagement declarations;

	private final SummaryWorkbook workbook;

	private final FormPdfs pdfs;

	private final MessageSource messages;

	private final PackageContents contents;

	private final Clock clock;

	PackageWriter(JdbcClient jdbc, DeclarationManagement declarations, SummaryWorkbook workbook, FormPdfs pdfs,
			MessageSource messages, PackageContents contents, Clock clock) {
		this.jdbc = jdbc;
		this.contents = contents;
		this.declarations = declarations;
		this.workbook = workbook;
		this.pdfs = pdfs;
		this.messages = messages;
		this.clock = clock;
	}

	@Async
	void write(long jobId, CurrentUser actor, long callId, String callTitle, List<SummaryRow> rows) {
		jdbc.sql("update package_job set status = 'RUNNING' where id = ?").param(jobId).update();
		try {
			Counting stored = new Counting(contents.writer(jobId));
			try (ZipOutputStream zip = new ZipOutputStream(stored)) {
				zip.putNextEntry(new ZipEntry(text("review.summary.sheet") + ".xlsx"));
				workbook.write(rows, CHINESE, new NonClosing(zip));
				zip.closeEntry();
				progress(jobId);
				for (SummaryRow row : rows) {
					String folder = String.format("%s-%02d-%s/", safe(row.recommenderName()), row.rank(),
							safe(row.institutionName()));
					zip.putNextEntry(new ZipEntry(folder + text("review.package.form") + ".pdf"));
					zip.write(pdfs.render(actor, row.declarationId()));
					zip.closeEntry();
					Set<String> names = new HashSet<>();
					for (Evidence evidence : declarations.evidence(actor, row.declarationId())) {
						Map.Entry<Evidence, byte[]> content = declarations.evidenceContent(actor, row.declarationId(),
								evidence.id());
						String name = unique(names, text("declaration.section." + evidence.section()) + "-"
								+ safe(evidence.name()));
						zip.putNextEntry(new ZipEntry(folder + text("review.package.evidence") + "/" + name));
						zip.write(content.getValue());
						zip.closeEntry();
					}
					progress(jobId);
				}
			}
			String fileName = text("review.package.filename", callTitle) + ".zip";
			jdbc.sql("update package_job set status = 'DONE', file_name = ?, file_size = ?, finished_at = ? where id = ?")
				.params(fileName, stored.count(), Timestamp.from(clock.instant()), jobId)
				.update();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Package job {} failed", jobId, ex);
			contents.remove(jobId);
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			jdbc.sql("update package_job set status = 'FAILED', error = ?, finished_at = ? where id = ?")
				.params(message.length() > 500 ? message.substring(0, 500) : message, Timestamp.from(clock.instant()), jobId)
				.update();
		}
	}

	private void progress(long jobId) {
		jdbc.sql("update package_job set done = done + 1 where id = ?").param(jobId).update();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, CHINESE);
	}

	/** A name fit for a ZIP entry on every system: no path separators or characters Windows refuses. */
	static String safe(String name) {
		String cleaned = name == null ? "-" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.isEmpty() ? "-" : cleaned;
	}

	private static String unique(Set<String> names, String name) {
		String candidate = name;
		int n = 2;
		while (!names.add(candidate)) {
			int dot = name.lastIndexOf('.');
			candidate = dot > 0 ? name.substring(0, dot) + "(" + n + ")" + name.substring(dot) : name + "(" + n + ")";
			n++;
		}
		return candidate;
	}

	/** Counts the bytes of the finished ZIP, its size for the download. */
	private static final class Counting extends java.io.FilterOutputStream {

		private long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		long count() {
			return count;
		}
	}

	/** Lets the Excel writer finish its part without closing the ZIP it writes into. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
