package id.go.netra.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled development posts, read at run time from outside the repository (their sources state no licence:
 * they are never copied into Netra): system property {@code netra.monitoring.dev-set}, by default
 * ../shared/data/monitoring/dev.jsonl from the working directory.
 */
final class DevSet {

	static final String PROPERTY = "netra.monitoring.dev-set";

	private DevSet() {
	}

	static Path path() {
		return Path.of(System.getProperty("user.dir"))
			.resolve(System.getProperty(PROPERTY, "../shared/data/monitoring/dev.jsonl"))
			.normalize();
	}

	static List<Example> read(Path file) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Example> examples = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				JsonNode row = json.readTree(line);
				examples.add(new Example(row.get("id").asString(), row.get("text").asString(),
						Label.valueOf(row.get("label").asString())));
			}
		}
		return examples;
	}
}
