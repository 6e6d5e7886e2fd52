package id.go.netra.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReplicaLagUnitTests {

	private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

	private final ReplicaLag lag = new ReplicaLag();

	@Test
	void aStandbyThatReplayedThePrimarysPositionIsNotBehindHoweverLongThePrimaryWasIdle() {
		// the primary wrote nothing for an hour: its position stays, and the standby has it
		lag.primaryAt(T0, 1000);
		lag.primaryAt(T0.plusSeconds(3600), 1000);

		assertThat(lag.behind(T0.plusSeconds(3600), 1000)).isEqualTo(Duration.ZERO);
	}

	@Test
	void aStandbyIsBehindBySinceTheNewestPositionItReplayed() {
		lag.primaryAt(T0, 1000);
		lag.primaryAt(T0.plusSeconds(5), 2000);
		lag.primaryAt(T0.plusSeconds(10), 3000);

		// it has 2000 but not 3000: it holds what was committed 5 s after T0, at most
		assertThat(lag.behind(T0.plusSeconds(12), 2500)).isEqualTo(Duration.ofSeconds(7));
		// stuck there, it falls further behind while the primary moves on
		lag.primaryAt(T0.plusSeconds(40), 9000);
		assertThat(lag.behind(T0.plusSeconds(40), 2500)).isEqualTo(Duration.ofSeconds(35));
		// and catches up at once when it replays the newest
		assertThat(lag.behind(T0.plusSeconds(41), 9000)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aStandbyBehindEveryNotedPositionHasNoMeasuredLagOnlyALowerBound() {
		lag.primaryAt(T0, 5000);
		lag.primaryAt(T0.plusSeconds(5), 6000);

		assertThat(lag.behind(T0.plusSeconds(20), 4000)).isNull();
		assertThat(lag.behindAtLeast(T0.plusSeconds(20))).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void aPrimaryWhosePositionWentBackIsAnotherAndStartsAfresh() {
		lag.primaryAt(T0, 5000);
		lag.primaryAt(T0.plusSeconds(5), 100);

		assertThat(lag.behind(T0.plusSeconds(6), 100)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void positionsAreReadAsPostgresqlPrintsThem() {
		assertThat(ReplicaLag.position("0/3000148")).isEqualTo(0x3000148L);
		assertThat(ReplicaLag.position("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
		assertThatThrownBy(() -> ReplicaLag.position("B374D848")).isInstanceOf(IllegalArgumentException.class);
	}
}
