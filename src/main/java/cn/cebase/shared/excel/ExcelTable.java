package cn.cebase.shared.excel;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;

/**
 * A streaming .xlsx writer for one sheet: headings first, then rows in batches, so that an export
 * of a hundred thousand rows never holds them all in memory.
 */
public final class ExcelTable implements AutoCloseable {

	private static final int BATCH = 1000;

	private final ExcelWriter writer;

	private final WriteSheet sheet;

	private final List<List<Object>> batch = new ArrayList<>(BATCH);

	private boolean written;

	public ExcelTable(OutputStream out, String sheetName, List<String> headings) {
		this.writer = FastExcel.write(out).autoCloseStream(false).head(headings.stream().map(List::of).toList()).build();
		this.sheet = FastExcel.writerSheet(sheetName).build();
	}

	public void row(Object... cells) {
		batch.add(java.util.Arrays.asList(cells));
		if (batch.size() >= BATCH) {
			flush();
		}
	}

	private void flush() {
		writer.write(new ArrayList<>(batch), sheet);
		batch.clear();
		written = true;
	}

	@Override
	public void close() {
		if (!batch.isEmpty() || !written) {
			// an empty list still gets its headings
			flush();
		}
		writer.finish();
	}
}
