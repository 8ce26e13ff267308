package cn.cebase.shared.database;

/** Production mode was asked for without an external database. */
class ExternalDatabaseMissingException extends IllegalStateException {

	ExternalDatabaseMissingException() {
		super("Production mode needs an external PostgreSQL: set CEBASE_DB_URL, CEBASE_DB_USER and CEBASE_DB_PASSWORD");
	}
}
