package cn.cebase.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url} the application runs its own embedded PostgreSQL
 * whose files stay under {@code dataDir}; production ({@code required = true}) refuses that.
 */
@ConfigurationProperties("cebase.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, boolean required,
		int maximumPoolSize) {

	public DatabaseProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		maximumPoolSize = maximumPoolSize <= 0 ? 20 : maximumPoolSize;
	}

	public boolean external() {
		return url != null && !url.isBlank();
	}
}
