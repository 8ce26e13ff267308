package cn.cebase.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import cn.cebase.shared.BusinessException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded files. A file is refused when it is empty, larger than the configured limit, or
 * not one of the kinds the caller accepts as judged from its content: an .exe renamed .pdf is not a PDF.
 */
@Service
@Transactional
public class FileStore {

	private final JdbcClient jdbc;

	private final DataSize maxSize;

	FileStore(JdbcClient jdbc, @Value("${cebase.files.max-size:20MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.maxSize = maxSize;
	}

	public StoredFile store(byte[] content, Set<FileKind> accepted, String field) {
		if (content == null || content.length == 0) {
			throw BusinessException.invalidField(field, "file.empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw BusinessException.invalidField(field, "file.tooLarge", maxSize.toMegabytes());
		}
		FileKind kind = FileKind.of(content)
			.filter(accepted::contains)
			.orElseThrow(() -> BusinessException.invalidField(field, "file.wrongKind"));
		String sha256 = sha256(content);
		Optional<StoredFile> existing = find(sha256);
		if (existing.isPresent()) {
			return existing.get();
		}
		jdbc.sql("insert into stored_file (sha256, size, media_type, content) values (?,?,?,?) on conflict (sha256) do nothing")
			.params(sha256, content.length, kind.mediaType(), content)
			.update();
		return find(sha256).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> content(long id) {
		return jdbc.sql("select content from stored_file where id = ?").param(id).query(byte[].class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> get(long id) {
		return jdbc.sql("select id, sha256, size, media_type from stored_file where id = ?")
			.param(id)
			.query((rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.optional();
	}

	private Optional<StoredFile> find(String sha256) {
		return jdbc.sql("select id, sha256, size, media_type from stored_file where sha256 = ?")
			.param(sha256)
			.query((rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.optional();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
