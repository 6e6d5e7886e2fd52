package id.go.netra.sharing;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EventStreamSettingsUnitTests {

	@EnableConfigurationProperties(EventStreamSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void offByDefaultOnOneVersionedTopicAndKafkaSettingsPassedThrough() {
		context.run(started -> assertThat(started.getBean(EventStreamSettings.class)).isEqualTo(
				new EventStreamSettings(false, "localhost:9092", "netra.events.v1", Duration.ofSeconds(1), 500,
						Duration.ofSeconds(30), Map.of())));
		context
			.withPropertyValues("netra.sharing.kafka.enabled=true", "netra.sharing.kafka.timeout=PT10S",
					"netra.sharing.kafka.properties[security.protocol]=SASL_SSL")
			.run(started -> {
				EventStreamSettings settings = started.getBean(EventStreamSettings.class);
				assertThat(settings.enabled()).isTrue();
				assertThat(settings.claim()).as("a claim outlasts a round").isEqualTo(Duration.ofSeconds(30));
				assertThat(settings.properties()).containsEntry("security.protocol", "SASL_SSL");
			});
	}

	@Test
	void aTopicKafkaWouldRefuseNoBatchOrATimeoutOutOfBoundsStopsTheStart() {
		refusesToStart(context, "netra.sharing.kafka.topic must be a Kafka topic name",
				"netra.sharing.kafka.topic=netra events");
		refusesToStart(context, "netra.sharing.kafka.batch-size and poll-interval must be positive",
				"netra.sharing.kafka.batch-size=0");
		refusesToStart(context, "netra.sharing.kafka.timeout must be between one second and ten minutes",
				"netra.sharing.kafka.timeout=PT0.5S");
		refusesToStart(context, "netra.sharing.kafka.bootstrap-servers must not be empty",
				"netra.sharing.kafka.bootstrap-servers= ");
	}

	@Test
	void withoutEnablingItNoProducerExists() {
		// the configuration is skipped before any of its beans or their dependencies are looked at
		new ApplicationContextRunner().withUserConfiguration(EventStreamConfiguration.class)
			.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(EventStreamRelay.class)
				.doesNotHaveBean(org.springframework.kafka.core.ProducerFactory.class));
	}
}
