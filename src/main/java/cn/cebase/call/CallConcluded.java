package cn.cebase.call;

import java.time.Instant;
import java.util.List;

import cn.cebase.policy.ProfileLevel;
import cn.cebase.policy.TrackKind;

/**
 * A call's business is done (结束). Carries what later modules act on without reading the call
 * again: the level of its profile, its tracks and when it was published (a re-confirmation call
 * ends the title of the bases that were not re-confirmed, SD 三(三)).
 */
public record CallConcluded(long callId, String title, long authorityId, String profileCode, ProfileLevel level,
		List<TrackKind> tracks, Instant publishedAt) {

	public CallConcluded {
		tracks = List.copyOf(tracks);
	}
}
