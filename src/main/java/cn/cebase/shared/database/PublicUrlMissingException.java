package cn.cebase.shared.database;

/** Production mode was asked for without the address the public opens, which every printed plaque carries. */
class PublicUrlMissingException extends IllegalStateException {

	PublicUrlMissingException() {
		super("Production mode needs CEBASE_PUBLIC_URL, the address printed in every plaque's QR code");
	}
}
