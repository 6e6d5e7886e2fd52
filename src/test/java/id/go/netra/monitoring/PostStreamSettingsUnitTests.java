package id.go.netra.monitoring;

import static id.go.netra.SettingsContext.binding;
import static id.go.netra.SettingsContext.refusesToStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.listener.MessageListenerContainer;

class PostStreamSettingsUnitTests {

	@EnableConfigurationProperties(PostStreamSettings.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = binding(Bound.class);

	@Test
	void offByDefaultOnTheUsualTopicAndKafkaSettingsPassedThrough() {
		context.run(started -> assertThat(started.getBean(PostStreamSettings.class)).isEqualTo(new PostStreamSettings(
				false, "localhost:9092", "netra.monitoring.posts", "netra-monitoring", 1, Map.of())));
		context
			.withPropertyValues("netra.monitoring.kafka.enabled=true", "netra.monitoring.kafka.topic=posts.jabar",
					"netra.monitoring.kafka.properties[security.protocol]=SASL_SSL")
			.run(started -> {
				PostStreamSettings settings = started.getBean(PostStreamSettings.class);
				assertThat(settings.enabled()).isTrue();
				assertThat(settings.source()).isEqualTo("kafka:posts.jabar");
				assertThat(settings.properties()).containsEntry("security.protocol", "SASL_SSL");
			});
	}

	@Test
	void aTopicKafkaWouldRefuseOrNoConsumerStopsTheStart() {
		refusesToStart(context, "netra.monitoring.kafka.topic must be a Kafka topic name",
				"netra.monitoring.kafka.topic=posts jabar");
		refusesToStart(context, "netra.monitoring.kafka.concurrency must be at least 1",
				"netra.monitoring.kafka.concurrency=0");
	}

	@Test
	void withoutEnablingItNoKafkaConsumerExists() {
		// the configuration is skipped before any of its beans or their dependencies are looked at
		new ApplicationContextRunner().withUserConfiguration(PostStreamConfiguration.class)
			.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(MessageListenerContainer.class));
		new ApplicationContextRunner().withUserConfiguration(PostStreamConfiguration.class)
			.withPropertyValues("netra.monitoring.kafka.enabled=false")
			.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(MessageListenerContainer.class));
	}
}
