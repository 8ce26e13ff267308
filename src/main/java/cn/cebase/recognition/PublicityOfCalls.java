package cn.cebase.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.cebase.call.CallPublicity;

import org.springframework.stereotype.Component;

/** Answers the call's public page whether, and when, the call's results are in publicity. */
@Component
class PublicityOfCalls implements CallPublicity {

	private final PublicityManagement publicities;

	private final Clock clock;

	PublicityOfCalls(PublicityManagement publicities, Clock clock) {
		this.publicities = publicities;
		this.clock = clock;
	}

	@Override
	public Optional<Period> of(long callId) {
		LocalDate today = LocalDate.now(clock);
		return publicities.of(callId).map(p -> new Period(p.days(), p.startsOn(), p.endsOn(), p.openOn(today)));
	}
}
