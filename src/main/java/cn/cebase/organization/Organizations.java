package cn.cebase.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation rows; the path is set by the database from the parent's path and the new id. */
@Repository
class Organizations {

	private static final String COLUMNS = "id, code, name, kind, region_code, parent_id, path";

	private final JdbcClient jdbc;

	Organizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Organization insert(String code, String name, OrganizationKind kind, String regionCode, Long parentId) {
		String parentPath = parentId == null ? "/"
				: jdbc.sql("select path from organization where id = ?").param(parentId).query(String.class).single();
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('organization', 'id'))").query(Long.class).single();
		String path = parentPath + id + "/";
		jdbc.sql("insert into organization (id, code, name, kind, region_code, parent_id, path) values (?,?,?,?,?,?,?)")
			.params(id, code, name, kind.name(), regionCode, parentId, path)
			.update();
		return new Organization(id, code, name, kind, regionCode, parentId, path);
	}

	Optional<Organization> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from organization where id = ?").param(id).query(Organizations::map).optional();
	}

	Optional<Organization> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from organization where code = ?").param(code).query(Organizations::map).optional();
	}

	List<Organization> findByRegionAndKinds(String regionCode, List<String> kinds) {
		return jdbc.sql("select " + COLUMNS + " from organization where region_code = :region and kind in (:kinds) order by id")
			.param("region", regionCode)
			.param("kinds", kinds)
			.query(Organizations::map)
			.list();
	}

	List<Organization> findInScope(String pathPrefix, String kind, String text, int limit, int offset) {
		return jdbc.sql("select " + COLUMNS + " from organization where path like :prefix"
				+ " and (cast(:kind as varchar) is null or kind = :kind)"
				+ " and (cast(:text as varchar) is null or name like '%' || :text || '%' or code = :text)"
				+ " order by path limit :limit offset :offset")
			.param("prefix", pathPrefix)
			.param("kind", kind)
			.param("text", text)
			.param("limit", limit)
			.param("offset", offset)
			.query(Organizations::map)
			.list();
	}

	long countInScope(String pathPrefix, String kind, String text) {
		return jdbc.sql("select count(*) from organization where path like :prefix"
				+ " and (cast(:kind as varchar) is null or kind = :kind)"
				+ " and (cast(:text as varchar) is null or name like '%' || :text || '%' or code = :text)")
			.param("prefix", pathPrefix)
			.param("kind", kind)
			.param("text", text)
			.query(Long.class)
			.single();
	}

	List<Organization> findStaffOrganizations(String pathPrefix) {
		return jdbc.sql("select " + COLUMNS + " from organization where path like ? and kind <> 'INSTITUTION' order by path")
			.param(pathPrefix)
			.query(Organizations::map)
			.list();
	}

	List<Organization> findChildren(long parentId) {
		return jdbc.sql("select " + COLUMNS + " from organization where parent_id = ? and kind <> 'INSTITUTION' order by id")
			.param(parentId)
			.query(Organizations::map)
			.list();
	}

	static Organization map(ResultSet rs, int row) throws SQLException {
		Long parent = rs.getObject("parent_id", Long.class);
		return new Organization(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("region_code"), parent, rs.getString("path"));
	}
}
