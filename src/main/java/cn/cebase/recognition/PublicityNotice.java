package cn.cebase.recognition;

import java.time.LocalDate;

/** A call whose list of proposed bases is in publicity now: what the public list shows of it. */
public record PublicityNotice(long callId, String title, String authority, LocalDate startsOn, LocalDate endsOn) {
}
