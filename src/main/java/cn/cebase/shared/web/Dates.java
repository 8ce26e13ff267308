package cn.cebase.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Used by templates as {@code @dates}: instants shown in China Standard Time, as every user here expects. */
@Component("dates")
public class Dates {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String seconds(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant);
	}
}
