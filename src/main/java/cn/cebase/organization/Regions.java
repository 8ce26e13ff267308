package cn.cebase.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The catalogue of regions. About 3,300 rows that never change at run time, so they are read
 * once and kept in memory.
 */
@Service
public class Regions {

	private final JdbcClient jdbc;

	private final AtomicReference<Map<String, Region>> byCode = new AtomicReference<>();

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(all().get(code.strip()));
	}

	public boolean isKnown(String code) {
		return find(code).isPresent();
	}

	public List<Region> provinces() {
		return all().values().stream().filter(r -> r.level() == RegionLevel.PROVINCE).toList();
	}

	public List<Region> children(String parentCode) {
		return all().values().stream().filter(r -> parentCode.equals(r.parentCode())).toList();
	}

	/** The region and its ancestors, from the region itself up to its province. */
	public List<Region> lineage(String code) {
		List<Region> lineage = new ArrayList<>();
		Optional<Region> current = find(code);
		while (current.isPresent()) {
			lineage.add(current.get());
			current = find(current.get().parentCode());
		}
		return lineage;
	}

	public String fullName(String code) {
		return find(code).map(Region::fullName).orElse(code == null ? "" : code);
	}

	private Map<String, Region> all() {
		Map<String, Region> loaded = byCode.get();
		if (loaded == null) {
			loaded = load();
			byCode.compareAndSet(null, loaded);
		}
		return loaded;
	}

	private Map<String, Region> load() {
		record Row(String code, String name, String level, String parentCode) {
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		jdbc.sql("select code, name, level, parent_code from region order by code")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()
			.forEach(row -> rows.put(row.code(), row));
		Map<String, Region> regions = new LinkedHashMap<>();
		rows.values().forEach(row -> {
			List<String> names = new ArrayList<>();
			for (Row r = row; r != null; r = r.parentCode() == null ? null : rows.get(r.parentCode())) {
				// 市辖区 / 县 are GB/T 2260 placeholders under municipalities; they add nothing to a name
				if (r == row || !(r.name().equals("市辖区") || r.name().equals("县"))) {
					names.add(0, r.name());
				}
			}
			regions.put(row.code(), new Region(row.code(), row.name(), RegionLevel.valueOf(row.level()),
					row.parentCode(), String.join(" ", names)));
		});
		return Collections.unmodifiableMap(regions);
	}
}
