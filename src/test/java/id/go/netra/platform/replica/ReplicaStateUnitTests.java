package id.go.netra.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ReplicaStateUnitTests {

	private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

	private final ReplicaState state = new ReplicaState(settings("jdbc:postgresql://10.0.0.12/netra?password=secret"),
			Clock.fixed(T0, ZoneOffset.UTC));

	@Test
	void untilTheFirstCheckReadsGoToThePrimary() {
		assertThat(state.inUse()).isFalse();
		assertThat(state.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(state.health().getDetails()).containsEntry("reads", "primary")
			.containsEntry("reason", "not checked yet");
	}

	@Test
	void theHealthSaysWhereReadsGoAndWhy() {
		state.inUse(Duration.ofMillis(1500));
		Health up = state.health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails()).containsEntry("reads", "replica").containsEntry("lagAtMost", "PT1.5S")
			.containsEntry("maxLag", "PT30S");

		state.notInUse("cannot be reached: Connection refused");
		Health down = state.health();
		assertThat(state.inUse()).isFalse();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("reads", "primary")
			.containsEntry("reason", "cannot be reached: Connection refused");
		assertThat(down.getDetails().toString()).doesNotContain("secret");
	}

	@Test
	void settingsRefuseAReplicaThatIsNotPostgresqlAndNonsenseTimes() {
		assertThatThrownBy(() -> settings("jdbc:h2:mem:replica")).hasMessageContaining("PostgreSQL");
		assertThatThrownBy(() -> new ReplicaSettings("jdbc:postgresql://10.0.0.12/netra", null, null, 10,
				Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(30)))
			.hasMessageContaining("max-lag");
		assertThatThrownBy(() -> new ReplicaSettings("jdbc:postgresql://10.0.0.12/netra", null, null, 10,
				Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMillis(500)))
			.hasMessageContaining("read-timeout");
		assertThat(new ReplicaSettings(null, null, null, 10, Duration.ofSeconds(30), Duration.ofSeconds(5),
				Duration.ofSeconds(2), Duration.ofSeconds(30)).url()).isNull();
	}

	private static ReplicaSettings settings(String url) {
		return new ReplicaSettings(url, null, null, 10, Duration.ofSeconds(30), Duration.ofSeconds(5),
				Duration.ofSeconds(2), Duration.ofSeconds(30));
	}
}
