package id.go.netra.audit;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.netra.DataDirectory;

/** The checkpoint ledger: the append-only file unless a deployment declares its own (an object store). */
@Configuration(proxyBeanMethods = false)
class AnchorConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CheckpointLedger checkpointLedger(AnchorSettings settings, DataDirectory dataDirectory) {
		Path directory = settings.anchorDirectory() == null || settings.anchorDirectory().isBlank()
				? dataDirectory.resolve("audit-anchors") : Paths.get(settings.anchorDirectory()).toAbsolutePath();
		return new CheckpointFile(directory.resolve("checkpoints.jsonl"));
	}
}
