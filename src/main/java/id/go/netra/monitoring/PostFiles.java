package id.go.netra.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.go.netra.CsvRecords;
import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts from a file that a crawler or a platform's export tool wrote: JSON Lines (one post object a line) or CSV
 * with a header row (columns in any order, names in any case, in English or Indonesian: platform, url/tautan,
 * author/penulis, postedAt/waktu, text/teks, media). The file must be UTF-8 (a byte-order mark is fine) and is
 * refused as a whole when it cannot be read as its kind (not UTF-8, no header, a column missing, an unclosed
 * quote); a row that is wrong on its own (a line that is not JSON, a time that is not a time) is kept with its
 * problems and its line, so the rest of the file still comes in. A time with an offset is taken as written; a
 * date and time without one is Jakarta time (WIB), as the agencies' tools write it.
 */
final class PostFiles {

	static final int MAX_BYTES = 64 * 1024 * 1024;
	static final int MAX_ROWS = 100_000;
	/** Columns a file must have: the fields a post cannot do without. */
	static final List<String> REQUIRED = List.of("platform", "url", "text");
	/** The columns in the order of the file a person gets back, with the names people write for each. */
	static final Map<String, List<String>> COLUMNS = columns();
	/** Each name people write (in lower case) to its column. */
	private static final Map<String, String> ALIASES = aliases();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart().appendLiteral('T').optionalEnd()
		.optionalStart().appendLiteral(' ').optionalEnd()
		.appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
		.optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
		.toFormatter(Locale.ROOT);

	/** How a file is written. */
	enum Format {
		JSONL, CSV;

		/** The format by the file's extension when it has one, else by its declared type; empty when neither. */
		static Optional<Format> of(String fileName, String contentType) {
			String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
			if (name.contains(".")) {
				String extension = name.substring(name.lastIndexOf('.') + 1);
				return switch (extension) {
					case "csv" -> Optional.of(CSV);
					case "jsonl", "ndjson" -> Optional.of(JSONL);
					default -> Optional.empty();
				};
			}
			String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
			if (type.startsWith("text/csv")) {
				return Optional.of(CSV);
			}
			if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
					|| type.startsWith("application/x-jsonlines")) {
				return Optional.of(JSONL);
			}
			return Optional.empty();
		}
	}

	/**
	 * One row of the file: its line, the post read from it (null when it could not be read at all), what was wrong
	 * in reading it (field paths as the intake names them), and the values as written, for the report of refused
	 * rows, in the order of {@link #COLUMNS}.
	 */
	record Row(long line, IncomingPost post, List<InvalidInput.FieldProblem> problems, List<String> written) {

		Row {
			problems = List.copyOf(problems);
			written = List.copyOf(written);
		}
	}

	private PostFiles() {
	}

	/** The rows of a file; refuses the file as a whole (see above). */
	static List<Row> read(String fileName, String contentType, byte[] content) {
		Format format = Format.of(fileName, contentType)
			.orElseThrow(() -> DomainException.invalid("monitoring.upload.type"));
		if (content == null || content.length == 0) {
			throw DomainException.invalid("monitoring.upload.empty");
		}
		if (content.length > MAX_BYTES) {
			throw DomainException.invalid("monitoring.upload.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String text = Utf8.decode(content);
		List<Row> rows = format == Format.CSV ? csv(text) : jsonLines(text);
		if (rows.isEmpty()) {
			throw DomainException.invalid("monitoring.upload.empty");
		}
		return rows;
	}

	private static List<Row> csv(String text) {
		try {
			CsvRecords records = new CsvRecords(new StringReader(text));
			List<String> header = records.next();
			if (header == null || header.stream().allMatch(Texts::isBlank)) {
				throw DomainException.invalid("monitoring.upload.empty");
			}
			Map<String, Integer> columns = header(header);
			List<Row> rows = new ArrayList<>();
			for (List<String> fields = records.next(); fields != null; fields = records.next()) {
				if (fields.stream().allMatch(Texts::isBlank)) {
					continue;
				}
				limit(rows);
				Map<String, String> values = new LinkedHashMap<>();
				List<String> read = fields;
				columns.forEach((column, index) -> values.put(column, index < read.size() ? read.get(index) : null));
				rows.add(row(records.recordNumber(), values));
			}
			return rows;
		}
		catch (IOException e) {
			throw DomainException.invalid("monitoring.upload.unreadable");
		}
	}

	/** Each column the file has, by its own name (any case, English or Indonesian), to its position. */
	private static Map<String, Integer> header(List<String> header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = ALIASES.get(header.get(i).strip().toLowerCase(Locale.ROOT));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		List<String> missing = REQUIRED.stream()
			.filter(column -> !columns.containsKey(column))
			.map(column -> String.join("/", COLUMNS.get(column)))
			.toList();
		if (!missing.isEmpty()) {
			throw DomainException.invalid("monitoring.upload.columns", String.join(", ", missing),
					String.join(",", COLUMNS.keySet()));
		}
		return columns;
	}

	private static List<Row> jsonLines(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		String[] lines = body.split("\r?\n|\r", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (Texts.isBlank(line)) {
				continue;
			}
			limit(rows);
			rows.add(jsonLine(i + 1, line));
		}
		return rows;
	}

	private static Row jsonLine(long number, String line) {
		JsonNode node;
		try {
			node = JSON.readTree(line);
		}
		catch (JacksonException e) {
			node = null;
		}
		if (node == null || !node.isObject()) {
			return new Row(number, null, List.of(new InvalidInput.FieldProblem("line", "monitoring.upload.notJson",
					new Object[0])), written(Map.of("text", line)));
		}
		Map<String, String> values = new LinkedHashMap<>();
		List<InvalidInput.FieldProblem> problems = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			String column = ALIASES.get(property.getKey().strip().toLowerCase(Locale.ROOT));
			if (column == null || values.containsKey(column)) {
				continue;
			}
			JsonNode value = property.getValue();
			if (value.isNull()) {
				values.put(column, null);
			}
			else if (column.equals("media") && value.isArray()) {
				List<String> media = new ArrayList<>();
				value.forEach(m -> media.add(m.isString() ? m.asString() : m.toString()));
				values.put(column, String.join(" ", media));
			}
			else if (value.isString()) {
				values.put(column, value.asString());
			}
			else {
				values.put(column, value.toString());
				problems.add(new InvalidInput.FieldProblem(column, "monitoring.upload.notText", new Object[0]));
			}
		}
		Row row = row(number, values);
		if (problems.isEmpty()) {
			return row;
		}
		problems.addAll(row.problems());
		return new Row(number, row.post(), problems, row.written());
	}

	/** A post from a row's values by column; a time that cannot be read is the row's problem. */
	private static Row row(long line, Map<String, String> values) {
		List<InvalidInput.FieldProblem> problems = new ArrayList<>();
		Instant postedAt = null;
		String time = value(values, "postedAt");
		if (time != null) {
			postedAt = time(time);
			if (postedAt == null) {
				problems.add(new InvalidInput.FieldProblem("postedAt", "monitoring.upload.postedAt", new Object[0]));
			}
		}
		String media = value(values, "media");
		IncomingPost post = new IncomingPost(value(values, "platform"), value(values, "url"), value(values, "author"),
				postedAt, value(values, "text"),
				media == null ? List.of() : Arrays.stream(media.split("[\\s|]+")).filter(m -> !m.isEmpty()).toList());
		return new Row(line, post, problems, written(values));
	}

	/** A time with an offset ("2024-01-20T10:00:00+07:00", "...Z") as written; without one, in Jakarta time. */
	static Instant time(String text) {
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value, LOCAL_TIME).atZone(Dates.ZONE).toInstant();
			}
			catch (DateTimeParseException notATime) {
				return null;
			}
		}
	}

	private static String value(Map<String, String> values, String column) {
		String value = Texts.received(values.get(column));
		return value == null || value.isEmpty() ? null : value.strip();
	}

	private static List<String> written(Map<String, String> values) {
		return COLUMNS.keySet().stream().map(column -> values.getOrDefault(column, null)).map(v -> v == null ? "" : v)
			.toList();
	}

	private static void limit(List<Row> rows) {
		if (rows.size() == MAX_ROWS) {
			throw DomainException.invalid("monitoring.upload.tooManyRows", MAX_ROWS);
		}
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("platform", List.of("platform"));
		columns.put("url", List.of("url", "tautan"));
		columns.put("author", List.of("author", "penulis"));
		columns.put("postedAt", List.of("postedat", "waktu"));
		columns.put("text", List.of("text", "teks"));
		columns.put("media", List.of("media"));
		return java.util.Collections.unmodifiableMap(columns);
	}

	private static Map<String, String> aliases() {
		Map<String, String> aliases = new HashMap<>();
		COLUMNS.forEach((column, names) -> names.forEach(alias -> aliases.put(alias, column)));
		return Map.copyOf(aliases);
	}
}
