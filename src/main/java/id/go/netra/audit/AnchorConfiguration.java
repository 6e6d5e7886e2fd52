package id.go.netra.audit;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checkpoint ledger: the append-only file unless a deployment declares its own (an object store). */
@Configuration(proxyBeanMethods = false)
class AnchorConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CheckpointLedger checkpointLedger(AnchorSettings settings, @Value("${netra.data-dir}") String dataDir) {
		Path directory = settings.anchorDirectory() == null || settings.anchorDirectory().isBlank()
				? Paths.get(dataDir, "audit-anchors") : Paths.get(settings.anchorDirectory()).toAbsolutePath();
		return new CheckpointFile(directory.resolve("checkpoints.jsonl"));
	}
}
