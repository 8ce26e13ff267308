package cn.cebase.review;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The packages' bytes in PostgreSQL (package_chunk), where every node finds them without a shared disk. A
 * package is written and read in pieces of at most {@link #CHUNK} bytes, so that neither side holds a whole
 * ZIP, which may be hundreds of megabytes of evidence, in memory; bytea's 1 GB limit applies to a piece only.
 */
@Repository
class PackageContents {

	static final int CHUNK = 1024 * 1024;

	private final JdbcClient jdbc;

	PackageContents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stream that stores what it is given as the job's package, a piece each time one is full and at close. */
	OutputStream writer(long jobId) {
		return new OutputStream() {

			private final ByteArrayOutputStream piece = new ByteArrayOutputStream(CHUNK);

			private int seq;

			@Override
			public void write(int b) {
				piece.write(b);
				storeIfFull();
			}

			@Override
			public void write(byte[] b, int off, int len) {
				while (len > 0) {
					int n = Math.min(len, CHUNK - piece.size());
					piece.write(b, off, n);
					off += n;
					len -= n;
					storeIfFull();
				}
			}

			@Override
			public void close() {
				if (piece.size() > 0) {
					store();
				}
			}

			private void storeIfFull() {
				if (piece.size() >= CHUNK) {
					store();
				}
			}

			private void store() {
				jdbc.sql("insert into package_chunk (job_id, seq, content) values (?,?,?)")
					.params(jobId, seq++, piece.toByteArray())
					.update();
				piece.reset();
			}
		};
	}

	/** The job's package, each piece read from the database when the one before is used up. */
	InputStream read(long jobId) {
		return new InputStream() {

			private byte[] piece = new byte[0];

			private int position;

			private int next;

			private boolean ended;

			@Override
			public int read() {
				return ensure() ? piece[position++] & 0xff : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (len == 0) {
					return 0;
				}
				if (!ensure()) {
					return -1;
				}
				int n = Math.min(len, piece.length - position);
				System.arraycopy(piece, position, b, off, n);
				position += n;
				return n;
			}

			private boolean ensure() {
				while (!ended && position == piece.length) {
					piece = jdbc.sql("select content from package_chunk where job_id = ? and seq = ?")
						.params(jobId, next++)
						.query(byte[].class)
						.optional()
						.orElse(null);
					position = 0;
					if (piece == null) {
						ended = true;
						piece = new byte[0];
					}
				}
				return !ended;
			}
		};
	}

	/** What a failed job had written. */
	void remove(long jobId) {
		jdbc.sql("delete from package_chunk where job_id = ?").param(jobId).update();
	}
}
