package cn.cebase.review;

/** One stage of an application's route and where the application stands on it. */
public record ReviewStage(int seq, String name, long actorId, String actorName, boolean recommends, boolean intake,
		String source, State state) {

	public enum State {
		WAITING, CURRENT, PASSED
	}

	public boolean current() {
		return state == State.CURRENT;
	}
}
