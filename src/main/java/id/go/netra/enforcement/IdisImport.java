package id.go.netra.enforcement;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.CsvRecords;
import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Sanction;
import id.go.netra.catalog.Sanctions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employers;
import id.go.netra.personnel.Nip;

/**
 * Sanctions decided outside Netra, from an I'DIS file ({@link IdisFile}), into the discipline register; and the
 * register out in the same layout. An import is all or nothing: every row is checked first and, if any is wrong,
 * the answer lists each problem by line and column in words and nothing is entered. A decree the register already
 * holds for the employee (NIP and decree number) is counted, not entered again.
 */
@Service
class IdisImport {

	/** What an import did or would have done; {@code problems} empty when it was entered. */
	record Outcome(int rows, int entered, int alreadyIn, List<Problem> problems) {
	}

	/** A problem of one cell (or of the whole row when {@code column} is null), in the reader's language. */
	record Problem(long line, String column, String problem) {
	}

	private static final int MAX_ROWS = 50_000;

	private final DisciplineRows rows;
	private final Sanctions sanctions;
	private final Employers employers;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;

	IdisImport(DisciplineRows rows, Sanctions sanctions, Employers employers, AuditTrail audit, MessageSource messages,
			Clock clock) {
		this.rows = rows;
		this.sanctions = sanctions;
		this.employers = employers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public Outcome importFile(Actor actor, Reader csv, Locale locale) {
		if (!EnforcementScope.holdsNationally(actor, Role.CIVIL_SERVICE_AGENCY)) {
			audit.recordRefusal("enforcement.discipline.import", actor.agencyCode(), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "enforcement.idis.bknOnly");
		}
		List<Problem> problems = new ArrayList<>();
		List<DisciplineEntry> entries = new ArrayList<>();
		int alreadyIn = 0;
		int count = 0;
		try {
			CsvRecords records = new CsvRecords(csv);
			Map<String, Integer> columns = header(records.next(), problems, locale);
			Set<String> seen = new HashSet<>();
			List<String> fields;
			while (columns != null && (fields = records.next()) != null) {
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					continue;
				}
				if (++count > MAX_ROWS) {
					throw DomainException.invalid("enforcement.idis.tooManyRows", MAX_ROWS);
				}
				Row row = new Row(records.recordNumber(), fields, columns, problems, locale);
				DisciplineEntry entry = entry(row);
				if (entry == null) {
					continue;
				}
				if (!seen.add(entry.nip() + "|" + entry.decreeNumber())) {
					row.problem(IdisFile.DECREE_NUMBER, "enforcement.idis.repeatedInFile");
				}
				else if (rows.holds(entry.nip(), entry.decreeNumber())) {
					alreadyIn++;
				}
				else {
					entries.add(entry);
				}
			}
		}
		catch (IOException e) {
			throw DomainException.invalid("enforcement.idis.unreadable");
		}
		if (count == 0 && problems.isEmpty()) {
			throw DomainException.invalid("enforcement.idis.empty");
		}
		if (!problems.isEmpty()) {
			return new Outcome(count, 0, alreadyIn, problems);
		}
		entries.forEach(rows::insertOnce);
		audit.record("enforcement.discipline.imported", "I'DIS", entries.size() + " entered, " + alreadyIn
				+ " already in the register");
		return new Outcome(count, entries.size(), alreadyIn, List.of());
	}

	/**
	 * The register as the actor may see it, in the I'DIS layout, newest decree first: the sanctions in force, a
	 * changed one as changed (an annulled one is no sanction to hand on).
	 */
	@Transactional(readOnly = true)
	public void export(Actor actor, Writer out) {
		DisciplineRows.Filter filter = new DisciplineRows.Filter(null, EnforcementScope.of(actor).narrow(null), null,
				null);
		try {
			out.write(CsvRecords.line(IdisFile.EXPORTED));
			for (DisciplineEntry e : rows.search(filter, 0, 1_000_000)) {
				if (e.standing() != DisciplineEntry.Standing.ANNULLED) {
					out.write(CsvRecords.line(IdisFile.row(e)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Map<String, Integer> header(List<String> names, List<Problem> problems, Locale locale) {
		Map<String, Integer> columns = new HashMap<>();
		if (names != null) {
			for (int i = 0; i < names.size(); i++) {
				columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
			}
		}
		List<String> missing = IdisFile.IMPORTED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			problems.add(new Problem(1, null, messages.getMessage("enforcement.idis.missingColumns",
					new Object[] { String.join(", ", missing), String.join(",", IdisFile.IMPORTED) }, locale)));
			return null;
		}
		return columns;
	}

	private DisciplineEntry entry(Row row) {
		String nip = row.required(IdisFile.NIP, 18);
		Nip checked = null;
		if (nip != null) {
			try {
				checked = Nip.of(nip.replace(" ", ""));
			}
			catch (DomainException e) {
				row.problemInWords(IdisFile.NIP, e.localized(messages, row.locale));
			}
		}
		String name = row.required(IdisFile.NAME, 200);
		String employer = row.required(IdisFile.EMPLOYER, 40);
		if (employer != null && employers.find(employer).isEmpty()) {
			row.problem(IdisFile.EMPLOYER, "enforcement.idis.employerUnknown", employer);
		}
		String code = row.required(IdisFile.SANCTION, 40);
		Sanction sanction = code == null ? null : sanctions.find(code).orElse(null);
		if (code != null && sanction == null) {
			row.problem(IdisFile.SANCTION, "enforcement.idis.sanctionUnknown", code);
		}
		String decree = row.required(IdisFile.DECREE_NUMBER, 100);
		LocalDate decreeDate = row.date(IdisFile.DECREE_DATE, true);
		String legalBasis = row.required(IdisFile.LEGAL_BASIS, 1000);
		LocalDate starts = row.date(IdisFile.STARTS, true);
		LocalDate ends = row.date(IdisFile.ENDS, false);
		LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
		if (decreeDate != null && decreeDate.isAfter(today)) {
			row.problem(IdisFile.DECREE_DATE, "enforcement.idis.inFuture");
		}
		if (decreeDate != null && starts != null && starts.isBefore(decreeDate)) {
			row.problem(IdisFile.STARTS, "enforcement.idis.startsBeforeDecree");
		}
		if (starts != null && ends != null && ends.isBefore(starts)) {
			row.problem(IdisFile.ENDS, "enforcement.idis.endsBeforeStart");
		}
		if (row.failed || checked == null || sanction == null) {
			return null;
		}
		return new DisciplineEntry(UUID.randomUUID(), null, null, checked.value(), name, employer, List.of(), null,
				null, sanction.code(), sanction.kind(), sanction.level(), decree, decreeDate,
				decreeDate.plusDays(DisciplineEntry.DELIVERY_DAYS), null, starts, false, sanction.durationMonths(),
				ends, false, clock.instant(), 0, DisciplineEntry.Source.IDIS, legalBasis,
				DisciplineEntry.Standing.IN_FORCE, null);
	}

	/** One data row being read: its cells by column name, and the problems found so far. */
	private final class Row {

		private final long line;
		private final List<String> fields;
		private final Map<String, Integer> columns;
		private final List<Problem> problems;
		private final Locale locale;
		private boolean failed;

		Row(long line, List<String> fields, Map<String, Integer> columns, List<Problem> problems, Locale locale) {
			this.line = line;
			this.fields = fields;
			this.columns = columns;
			this.problems = problems;
			this.locale = locale;
		}

		String cell(String column) {
			int at = columns.get(column);
			String value = at < fields.size() ? fields.get(at).strip() : "";
			return value.isEmpty() ? null : value;
		}

		String required(String column, int max) {
			String value = cell(column);
			if (value == null) {
				problem(column, "enforcement.idis.required");
			}
			else if (value.length() > max) {
				problem(column, "enforcement.idis.tooLong", max);
				return null;
			}
			return value;
		}

		LocalDate date(String column, boolean required) {
			String value = required ? required(column, 10) : cell(column);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException e) {
				problem(column, "enforcement.idis.dateInvalid", value);
				return null;
			}
		}

		void problem(String column, String code, Object... arguments) {
			problemInWords(column, messages.getMessage(code, arguments, locale));
		}

		void problemInWords(String column, String words) {
			failed = true;
			problems.add(new Problem(line, column, words));
		}
	}
}
