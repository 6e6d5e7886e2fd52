package id.go.netra.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Monitoring ({@code netra.monitoring.*}).
 *
 * @param learningDelay how long after a reviewer's decision the classifier learns again (decisions within it are
 *        learned together)
 * @param maxPostsPerCall posts per call of the posts and classifications APIs
 * @param stampBatch posts timestamped per round of the capture stamper
 */
@ConfigurationProperties("netra.monitoring")
record MonitoringSettings(@DefaultValue("PT2S") Duration learningDelay, @DefaultValue("1000") int maxPostsPerCall,
		@DefaultValue("200") int stampBatch) {

	MonitoringSettings {
		if (learningDelay.isNegative()) {
			throw new IllegalArgumentException("netra.monitoring.learning-delay must not be negative, such as PT2S");
		}
		if (maxPostsPerCall < 1 || stampBatch < 1) {
			throw new IllegalArgumentException(
					"netra.monitoring.max-posts-per-call and .stamp-batch must be at least 1");
		}
	}
}
