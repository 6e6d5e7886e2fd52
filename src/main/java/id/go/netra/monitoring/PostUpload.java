package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.CsvRecords;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * A file of posts (see {@link PostFiles}) through the one intake: each row is checked as the intake checks a post,
 * the good rows go in (in calls of at most a thousand, each its own transaction), and the wrong rows are listed
 * with their line and what is wrong in words, and nothing of them is stored. A post already here (sent before, or
 * twice in the file) is counted as known, not stored again, so a file may be sent again safely.
 */
@Component
class PostUpload {

	static final int CHUNK = 1000;

	/** One thing wrong in a row: the field as a person reads it, and why. */
	record Problem(String field, String message) {
	}

	/** A refused row: its line in the file, what is wrong, and its values as written (platform...media). */
	record Refused(long line, List<Problem> problems, List<String> written) {

		String reasons() {
			return String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
		}
	}

	/** How a file went: rows read, posts stored new, posts already here, rows refused (listed). */
	record Summary(String fileName, int received, int created, int known, int refused, List<Refused> rows) {

		/** The refused rows as a CSV a person fixes and sends again (the first two columns are ignored then). */
		String refusedCsv() {
			StringBuilder csv = new StringBuilder();
			List<Object> header = new ArrayList<>(List.of("baris", "masalah"));
			header.addAll(PostFiles.COLUMNS.keySet());
			csv.append(CsvRecords.line(header));
			for (Refused row : rows) {
				List<Object> values = new ArrayList<>(List.of(row.line(), row.reasons()));
				values.addAll(row.written());
				csv.append(CsvRecords.line(values));
			}
			return csv.toString();
		}
	}

	private final PostIntake intake;
	private final MonitoringSettings settings;
	private final MessageSource messages;
	private final AuditTrail audit;

	PostUpload(PostIntake intake, MonitoringSettings settings, MessageSource messages, AuditTrail audit) {
		this.intake = intake;
		this.settings = settings;
		this.messages = messages;
		this.audit = audit;
	}

	Summary run(Actor actor, String fileName, String contentType, byte[] content, Locale locale) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("monitoring.upload", "posts", "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "monitoring.forbidden");
		}
		String name = Texts.fileName(fileName);
		List<PostFiles.Row> rows = PostFiles.read(name, contentType, content);
		List<Refused> refused = new ArrayList<>();
		List<PostFiles.Row> good = new ArrayList<>();
		for (PostFiles.Row row : rows) {
			List<InvalidInput.FieldProblem> problems = new ArrayList<>(row.problems());
			if (row.post() != null) {
				intake.problems(row.post())
					.stream()
					.filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
					.forEach(problems::add);
			}
			if (problems.isEmpty()) {
				good.add(row);
			}
			else {
				refused.add(refused(row, problems, locale));
			}
		}
		int[] counts = new int[2];
		int chunk = Math.min(CHUNK, settings.maxPostsPerCall());
		for (int from = 0; from < good.size(); from += chunk) {
			receive(name, good.subList(from, Math.min(good.size(), from + chunk)), counts, refused, locale);
		}
		refused.sort(java.util.Comparator.comparingLong(Refused::line));
		return new Summary(name, rows.size(), counts[0], counts[1], refused.size(), List.copyOf(refused));
	}

	/** One call of the intake; counts new and known posts into {@code counts}. */
	private void receive(String name, List<PostFiles.Row> part, int[] counts, List<Refused> refused, Locale locale) {
		try {
			for (ReceivedPost post : intake.receive(Channel.UPLOAD, name,
					part.stream().map(PostFiles.Row::post).toList())) {
				counts[post.created() ? 0 : 1]++;
			}
		}
		catch (InvalidInput late) {
			// checked a moment ago: only a time that a drifting clock now finds in the future gets here; the
			// rows it names are refused and the others sent again
			List<PostFiles.Row> rest = new ArrayList<>();
			for (int i = 0; i < part.size(); i++) {
				String prefix = "posts[" + i + "].";
				List<InvalidInput.FieldProblem> own = late.problems().stream()
					.filter(p -> p.field().startsWith(prefix))
					.toList();
				if (own.isEmpty()) {
					rest.add(part.get(i));
				}
				else {
					refused.add(refused(part.get(i), own, locale));
				}
			}
			if (rest.size() == part.size()) {
				rest.forEach(row -> refused.add(refused(row, late.problems(), locale)));
			}
			else if (!rest.isEmpty()) {
				receive(name, rest, counts, refused, locale);
			}
		}
	}

	private Refused refused(PostFiles.Row row, List<InvalidInput.FieldProblem> problems, Locale locale) {
		return new Refused(row.line(), problems.stream()
			.map(p -> new Problem(field(p.field(), locale), p.localized(messages, locale)))
			.toList(), row.written());
	}

	/** A field path ("media[1]", "posts[3].url") as the column a person sees ("media", "tautan"). */
	private String field(String path, Locale locale) {
		String field = path.substring(path.lastIndexOf('.') + 1);
		int index = field.indexOf('[');
		String base = index < 0 ? field : field.substring(0, index);
		return messages.getMessage("monitoring.upload.field." + base, null, base, locale);
	}
}
