package cn.cebase.document;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf logs through java.util.logging with handlers of its own, printing a dozen INFO
 * lines to standard error for every document. This sends them to the application's logging
 * instead, under their own logger names (com.openhtmltopdf.*), its INFO and finer as DEBUG so that a
 * normal run shows only warnings and errors.
 */
final class OpenHtmlToPdfLogging implements XRLogger {

	private OpenHtmlToPdfLogging() {
	}

	/** openhtmltopdf's logger is one per JVM; installing it twice is harmless. */
	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof OpenHtmlToPdfLogging)) {
			XRLog.setLoggerImpl(new OpenHtmlToPdfLogging());
		}
	}

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else if (value >= Level.FINE.intValue()) {
			logger.debug(msg, th);
		}
		else {
			logger.trace(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration's to set
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.SEVERE.intValue()) {
			return logger.isErrorEnabled();
		}
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		return value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}
}
