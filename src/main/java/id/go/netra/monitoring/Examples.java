package id.go.netra.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.netra.InvalidInput;

/**
 * The labelled examples the classifier learns from. An example id is kept once: sending it again with the same
 * label changes nothing, with another label replaces it (it is learned anew, after the others).
 */
@Component
class Examples {

	static final int MAX_TEXT = 20_000;
	static final int MAX_ID = 200;
	static final int MAX_PER_CALL = 10_000;

	enum Origin {
		DECISION, IMPORT
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Examples(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Checks every example; nothing is added when one is wrong. */
	static List<Example> check(List<Example> examples) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (examples == null || examples.isEmpty()) {
			problems.reject("examples", "validation.required").throwIfAny();
		}
		if (examples.size() > MAX_PER_CALL) {
			problems.reject("examples", "monitoring.examples.tooMany", MAX_PER_CALL).throwIfAny();
		}
		Map<String, Example> unique = new LinkedHashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			Example example = examples.get(i);
			String field = "examples[" + i + "]";
			if (example == null) {
				problems.reject(field, "validation.required");
				continue;
			}
			String id = example.id() == null ? "" : example.id().strip();
			String text = example.text() == null ? "" : example.text().strip();
			if (id.isEmpty()) {
				problems.reject(field + ".id", "validation.required");
			}
			else if (id.length() > MAX_ID) {
				problems.reject(field + ".id", "validation.tooLongMax", MAX_ID);
			}
			if (text.isEmpty()) {
				problems.reject(field + ".text", "validation.required");
			}
			else if (text.length() > MAX_TEXT) {
				problems.reject(field + ".text", "validation.tooLongMax", MAX_TEXT);
			}
			if (example.label() == null) {
				problems.reject(field + ".label", "monitoring.example.label");
			}
			unique.put(id, new Example(id, text, example.label()));
		}
		problems.throwIfAny();
		return List.copyOf(unique.values());
	}

	/** Adds or relabels the examples; answers how many changed what the classifier knows. */
	int add(List<Example> examples, Origin origin, String addedBy) {
		int changed = 0;
		for (Example example : examples) {
			String known = jdbc.sql("select label from monitoring_example where example_id = :id")
				.param("id", example.id())
				.query(String.class)
				.optional()
				.orElse(null);
			if (example.label().name().equals(known)) {
				continue;
			}
			if (known != null) {
				jdbc.sql("delete from monitoring_example where example_id = :id").param("id", example.id()).update();
			}
			jdbc.sql("""
					insert into monitoring_example (example_id, text, label, origin, added_at, added_by)
					values (:id, :text, :label, :origin, :at, :by)
					""")
				.param("id", example.id())
				.param("text", example.text())
				.param("label", example.label().name())
				.param("origin", origin.name())
				.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.param("by", addedBy)
				.update();
			changed++;
		}
		return changed;
	}

	long count() {
		return jdbc.sql("select count(*) from monitoring_example").query(Long.class).single();
	}
}
