package cn.cebase.call;

import java.time.Instant;
import java.util.List;

import cn.cebase.policy.TrackKind;

/** What an authority writes into a call: the notice, the window and what the call is open to. */
public record CallDetails(String title, Integer year, String batchName, String notice, Instant opensAt, Instant closesAt,
		List<TrackKind> tracks, List<String> keyFields) {

	public CallDetails {
		tracks = tracks == null ? List.of() : List.copyOf(tracks);
		keyFields = keyFields == null ? List.of() : List.copyOf(keyFields);
	}
}
