package id.go.netra.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Intake. A report is accepted in one transaction with its evidence records, its audit entry and the
 * {@link ReportFiled} event (on which the case opens, in the same transaction): once the caller has its
 * complaint number, the report and its case are on disk.
 */
@Service
public class Reports {

	static final int MAX_FILES = 10;
	static final Set<EvidenceKind> FILE_KINDS = EnumSet.of(EvidenceKind.IMAGE, EvidenceKind.VIDEO, EvidenceKind.PDF);
	/** The audit action of every reading of a reporter's identity. */
	public static final String REPORTER_IDENTITY_VIEWED = "REPORTER_IDENTITY_VIEWED";
	static final int MIN_REASON = 10;
	static final int MAX_REASON = 500;

	/** A file sent with a report or a message; its name as {@link id.go.netra.Texts#fileName} keeps it. */
	public record Upload(String name, InputStreamSource content) {

		public Upload {
			name = id.go.netra.Texts.fileName(name);
		}
	}

	/** An evidence file to hand over: its name as sent, its type, its size if known, and its bytes. */
	public record EvidenceFile(String name, String mediaType, Long size, Resource content) {
	}

	/** A record Netra captured itself, filed as evidence byte for byte (see {@link EvidenceStore#storeRecord}). */
	public record Capture(String name, String mediaType, byte[] content) {
	}

	/** What the reporter gets back: the complaint number and, once, the receipt code. */
	public record Filed(ComplaintNumber complaintNumber, String receiptCode) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Regions regions;
	private final EvidenceStore store;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ReceiptAttempts attempts;
	private final ReportRows rows;
	private final ReportProgressView progress;
	private final ReporterSeal seal;

	private final NamedReporters namedReporters;

	Reports(JdbcClient jdbc, Clock clock, Regions regions, EvidenceStore store, AuditTrail audit,
			ApplicationEventPublisher events, ReceiptAttempts attempts, ReportProgressView progress,
			ReporterSeal seal, NamedReporters namedReporters) {
		this.namedReporters = namedReporters;
		this.jdbc = jdbc;
		this.clock = clock;
		this.regions = regions;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.attempts = attempts;
		this.rows = new ReportRows(jdbc);
		this.progress = progress;
		this.seal = seal;
	}

	/**
	 * A citizen's report, without an account. Where it came from is not kept: a named reporter's identity is
	 * sealed before it is written, and the audit entry says neither who nor whether anyone was named.
	 */
	@Transactional
	public Filed filePublic(ReportSubmission submission, List<Upload> files) {
		return fileWithoutAccount(ReportKind.PUBLIC_REPORT,
				SubmissionCheck.check(submission, true, regions, today()), null, files, null);
	}

	/**
	 * An ASN's report of pressure, without an account: the reported is the person who pressed; the ASN, if they
	 * name themself (with their NIP), is sealed like any reporter and is never the subject. The case's summary says
	 * only that it is a pressure report, so nothing of the account reaches lists, notices or the presser's PPK.
	 */
	@Transactional
	public Filed filePressure(PressureSubmission submission, List<Upload> files) {
		PressureSubmission.Checked checked = PressureCheck.check(submission, regions, today());
		return fileWithoutAccount(ReportKind.PRESSURE_REPORT, checked.report(), checked.reporterNip(), files,
				PressureSubmission.SUMMARY);
	}

	private Filed fileWithoutAccount(ReportKind kind, ReportSubmission checked, String reporterNip,
			List<Upload> files, String summary) {
		List<EvidenceStore.StoredFile> stored = storeAll(files);
		String receipt = ReceiptCode.generate();
		long id = nextId();
		ComplaintNumber number = insert(id, kind, checked, null, null, receipt, reporterNip);
		attach(id, stored, files, checked.incident().links(), Report.Author.REPORTER.name());
		audit.record("report.filed", number.value(), (kind == ReportKind.PUBLIC_REPORT ? "public report, "
				: "pressure report, ") + stored.size() + " file(s), " + checked.incident().links().size() + " link(s)");
		publish(id, number, kind, null, checked, summary);
		return new Filed(number, receipt);
	}

	/**
	 * A report by an agency: the task force files {@code TASK_FORCE_REPORT}, Bawaslu its findings and
	 * recommendations. The signed-in agency is the reporter.
	 */
	@Transactional
	public ComplaintNumber fileForAgency(Actor actor, ReportKind kind, ReportSubmission submission, List<Upload> files) {
		if (!kind.filedOnForms()) {
			audit.recordRefusal("report.filed", kind.name(), "not filed on forms");
			throw new DomainException("forbidden", 403, "reporting.kind.notAllowed", kind.name());
		}
		return fileForAgency(actor, kind, submission, files, List.of());
	}

	/**
	 * A report by an agency with records Netra captured itself (a monitoring finding's snapshot and timestamp),
	 * filed as {@link EvidenceKind#CAPTURE} evidence beside the uploads.
	 */
	@Transactional
	public ComplaintNumber fileForAgency(Actor actor, ReportKind kind, ReportSubmission submission, List<Upload> files,
			List<Capture> captures) {
		Role needed = kind.filer().orElse(null);
		if (needed == null || !actor.has(needed)) {
			audit.recordRefusal("report.filed", kind.name(), "role " + needed + " required");
			throw new DomainException("forbidden", 403, "reporting.kind.notAllowed", kind.name());
		}
		ReportSubmission checked = SubmissionCheck.check(submission, false, regions, today());
		String region = checked.incident().regionCode();
		if (!actor.jurisdiction(needed).orElseThrow().covers(region)) {
			// a regional body supervises the acts in its own region; elsewhere that region's body files (ADR 0026)
			audit.recordRefusal("report.filed", kind.name(), "incident region " + region + " outside "
					+ actor.describeRoles());
			throw new DomainException("forbidden", 403, "reporting.region.outsideJurisdiction", regions.nameOf(region));
		}
		List<EvidenceStore.StoredFile> stored = storeAll(files);
		long id = nextId();
		ComplaintNumber number = insert(id, kind, checked, actor.name(), actor.agencyCode(), null);
		attach(id, stored, files, checked.incident().links(), actor.agencyCode());
		Instant now = clock.instant();
		for (Capture capture : captures) {
			rows.addFile(id, store.storeRecord(capture.content(), capture.mediaType()), capture.name(),
					actor.agencyCode(), now);
		}
		audit.record("report.filed", number.value(), kind.name() + ", " + (stored.size() + captures.size())
				+ " file(s)");
		publish(id, number, kind, actor.agencyCode(), checked);
		return number;
	}

	/**
	 * A complaint SP4N-LAPOR! forwarded, filed through the same checks as a citizen's report (consent is LAPOR!'s,
	 * given there). Empty when a report with this tracking number is already in Netra: importing again adds nothing.
	 * No receipt code: the reporter follows the complaint at LAPOR!.
	 */
	@Transactional
	public Optional<ComplaintNumber> fileFromLapor(String laporNumber, ReportSubmission submission) {
		String tracking = LaporNumbers.check(laporNumber);
		if (rows.byLaporNumber(tracking).isPresent()) {
			return Optional.empty();
		}
		ReportSubmission given = submission == null ? null
				: new ReportSubmission(submission.reported(), submission.incident(), submission.reporter(), true);
		ReportSubmission checked = SubmissionCheck.check(given, true, regions, today());
		long id = nextId();
		ComplaintNumber number = insert(id, ReportKind.LAPOR_COMPLAINT, checked, null, null, null);
		rows.setLaporNumber(id, tracking, "FROM_LAPOR", clock.instant());
		attach(id, List.of(), List.of(), checked.incident().links(), Report.Author.REPORTER.name());
		audit.record("report.filed", number.value(), "SP4N-LAPOR! " + tracking + ", "
				+ checked.incident().links().size() + " link(s)");
		publish(id, number, ReportKind.LAPOR_COMPLAINT, null, checked);
		return Optional.of(number);
	}

	/**
	 * The report was handed over to SP4N-LAPOR!; {@code laporNumber} is the tracking number LAPOR! gave (null when
	 * it gives none at once, as with the file drop). The reporter sees it on the status page.
	 */
	@Transactional
	public void handedToLapor(long reportId, String laporNumber) {
		Report report = rows.find(reportId).orElseThrow(() -> DomainException.notFound("reporting.report.notFound"));
		String tracking = laporNumber == null ? null : LaporNumbers.check(laporNumber);
		rows.setLaporNumber(reportId, tracking, "TO_LAPOR", clock.instant());
		audit.record("report.handedToLapor", report.complaintNumber().value(),
				tracking == null ? "no tracking number yet" : "SP4N-LAPOR! " + tracking);
	}

	/** Whether the report was already handed over to SP4N-LAPOR! (with or without a tracking number). */
	@Transactional(readOnly = true)
	public boolean handedToLapor(long reportId) {
		return rows.laporDirection(reportId).filter("TO_LAPOR"::equals).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Report> find(ComplaintNumber number) {
		return rows.find(number);
	}

	@Transactional(readOnly = true)
	public Optional<Report> find(long reportId) {
		return rows.find(reportId);
	}

	/**
	 * The report, if the receipt code is right. A wrong code and an unknown number answer the same (empty),
	 * and count against the caller's tries.
	 */
	@Transactional(readOnly = true)
	public Optional<Report> findForReporter(String complaintNumber, String receiptCode, String sourceAddress) {
		String key = complaintNumber == null ? "" : complaintNumber.trim().toUpperCase(java.util.Locale.ROOT);
		attempts.checkAllowed(sourceAddress, key);
		Optional<Report> report;
		try {
			ComplaintNumber number = ComplaintNumber.parse(complaintNumber);
			report = rows.receiptHash(number)
				.filter(hash -> ReceiptCode.matches(number, receiptCode, hash))
				.flatMap(hash -> rows.find(number));
		}
		catch (DomainException malformed) {
			report = Optional.empty();
		}
		if (report.isEmpty()) {
			attempts.failed(sourceAddress, key);
		}
		else {
			attempts.succeeded(sourceAddress, key);
		}
		return report;
	}

	@Transactional(readOnly = true)
	public List<Report.Evidence> evidence(long reportId) {
		return rows.evidence(reportId);
	}

	/**
	 * One of the report's evidence files by the hash the case shows, or empty if it has none by that hash. The
	 * task force gets the original when it asks (decrypted as it is read; every opening audited), and the cleaned
	 * copy otherwise; everyone else only the cleaned copy, and no video. The caller has checked that the actor sees
	 * the case.
	 */
	@Transactional
	public Optional<EvidenceFile> evidenceFile(long reportId, String sha256, Actor actor, boolean original) {
		Optional<Report.Evidence> found = rows.evidence(reportId)
			.stream()
			.filter(e -> e.kind() != EvidenceKind.LINK && sha256.equals(e.sha256()))
			.findFirst();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Report.Evidence evidence = found.get();
		String complaintNumber = rows.find(reportId).orElseThrow().complaintNumber().value();
		boolean taskForce = actor.has(Role.TASK_FORCE);
		if ((original || evidence.taskForceOnly()) && !taskForce) {
			audit.recordRefusal("report.evidence.original", complaintNumber, "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, original ? "reporting.evidence.originalTaskForceOnly"
					: "reporting.evidence.videoTaskForceOnly");
		}
		String name = evidence.originalName() == null ? sha256 : evidence.originalName();
		try {
			if (original || evidence.taskForceOnly()) {
				audit.record("report.evidence.original", complaintNumber, name);
				return Optional.of(evidence.originalSha256() == null ? plain(evidence, name)
						: new EvidenceFile(name, evidence.mediaType(), evidence.originalSize(),
								new InputStreamResource(store.openOriginal(evidence.originalSha256()))));
			}
			if (evidence.originalSha256() != null || evidence.kind() == EvidenceKind.CAPTURE) {
				// a capture is kept byte for byte: its hash and timestamp vouch for exactly those bytes
				return Optional.of(plain(evidence, name));
			}
			// kept in plain before originals were sealed: cleaned now, as it is asked for
			java.nio.file.Path kept = store.find(sha256).orElseThrow(() -> DomainException.notFound("casework.file.notFound"));
			byte[] cleaned = store.cleanedCopyOf(kept, evidence.mediaType())
				.orElseThrow(() -> new DomainException("forbidden", 403, "reporting.evidence.videoTaskForceOnly"));
			return Optional.of(new EvidenceFile(name, evidence.mediaType(), (long) cleaned.length,
					new ByteArrayResource(cleaned)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private EvidenceFile plain(Report.Evidence evidence, String name) {
		java.nio.file.Path path = store.find(evidence.sha256())
			.orElseThrow(() -> DomainException.notFound("casework.file.notFound"));
		return new EvidenceFile(name, evidence.mediaType(), evidence.size(), new FileSystemResource(path));
	}

	@Transactional(readOnly = true)
	public List<Report.Message> messages(long reportId) {
		return rows.messages(reportId);
	}

	/** Of these reports, those with a reporter's answer that no task-force officer has opened yet. */
	@Transactional(readOnly = true)
	public Set<Long> withUnreadReplies(Collection<Long> reportIds) {
		return rows.withUnreadReplies(reportIds);
	}

	/**
	 * A task-force officer opened the case: the reporter's answers count as read from now on. Only the task
	 * force marks them, as it asked the questions and acts on the answers; another officer's look leaves them new.
	 */
	@Transactional
	public void markRepliesRead(long reportId, Actor actor) {
		if (actor.has(Role.TASK_FORCE)) {
			rows.markRepliesRead(reportId, clock.instant());
		}
	}

	/** A question of the task force to the reporter, shown to them with the status. */
	@Transactional
	public Report.Message askReporter(long reportId, Actor actor, String question) {
		Report report = rows.find(reportId).orElseThrow(() -> DomainException.notFound("reporting.report.notFound"));
		String body = requireText(question, "message.body");
		if (!report.kind().isPublic()) {
			throw DomainException.conflict("reporting.message.notPublic");
		}
		Report.Message message = rows.addMessage(reportId, Report.Author.TASK_FORCE, actor.name(), actor.agencyCode(),
				body, clock.instant());
		audit.record("report.question", report.complaintNumber().value(), body.length() + " characters");
		return message;
	}

	/**
	 * The reporter's answer, with more evidence if they have it; the receipt code must be right, and the case
	 * still open: nobody reads what is sent to a closed case.
	 */
	@Transactional
	public Report.Message answer(String complaintNumber, String receiptCode, String sourceAddress, String text,
			List<String> links, List<Upload> files) {
		Report report = findForReporter(complaintNumber, receiptCode, sourceAddress)
			.orElseThrow(() -> DomainException.notFound("reporting.receipt.wrong"));
		if (progress.now(report).closed()) {
			throw DomainException.conflict("reporting.answer.closed");
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		List<String> checkedLinks = SubmissionCheck.links(links, problems);
		String body = SubmissionCheck.blankToNull(text);
		if (body == null && checkedLinks.isEmpty() && (files == null || files.isEmpty())) {
			problems.reject("body", "validation.required");
		}
		if (body != null && body.length() > 4000) {
			problems.reject("body", "validation.tooLongMax", 4000);
		}
		problems.throwIfAny();
		List<EvidenceStore.StoredFile> stored = storeAll(files);
		Report.Message message = rows.addMessage(report.id(), Report.Author.REPORTER, null, null,
				body == null ? "" : body, clock.instant());
		attach(report.id(), stored, files, checkedLinks, Report.Author.REPORTER.name());
		audit.record("report.answer", report.complaintNumber().value(), stored.size() + " file(s), "
				+ checkedLinks.size() + " link(s)");
		return message;
	}

	/**
	 * Where to tell a reporter that their report moved to another stage: the address of a named reporter who
	 * asked for it when filing, and nothing for everyone else.
	 */
	@Transactional(readOnly = true)
	public Optional<String> stageNoticeAddress(ComplaintNumber number) {
		return rows.stageNoticeIdentity(number)
			.map(sealed -> seal.open(sealed.reportId(), sealed.identity()))
			.map(ReporterIdentity::email);
	}

	/**
	 * Opens a named reporter's identity for a task-force officer who states why (GlobaLeaks-style identity
	 * access); every reading, also of an anonymous report, is audited as {@code REPORTER_IDENTITY_VIEWED} with the
	 * reason. Empty when the report names nobody. The reason must say something: at least
	 * {@value #MIN_REASON} characters.
	 */
	@Transactional
	public Optional<ReporterIdentity> revealReporter(long reportId, Actor actor, String reason) {
		Report report = rows.find(reportId).orElseThrow(() -> DomainException.notFound("reporting.report.notFound"));
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal(REPORTER_IDENTITY_VIEWED, report.complaintNumber().value(), "role TASK_FORCE required");
			throw new DomainException("forbidden", 403, "reporting.identity.taskForceOnly");
		}
		String why = SubmissionCheck.blankToNull(reason);
		if (why == null || why.length() < MIN_REASON || why.length() > MAX_REASON) {
			throw DomainException.invalid("reporting.identity.reason", MIN_REASON, MAX_REASON);
		}
		Optional<ReporterIdentity> identity = rows.identity(reportId)
			.map(sealed -> seal.open(sealed.reportId(), sealed.identity()));
		audit.record(REPORTER_IDENTITY_VIEWED, report.complaintNumber().value(),
				(identity.isPresent() ? "" : "nobody named; ") + "reason: " + why);
		return identity;
	}

	/** Adds evidence on an agency's behalf (a decree, a screenshot found later). */
	@Transactional
	public List<Report.Evidence> addEvidence(long reportId, Actor actor, List<Upload> files) {
		Report report = rows.find(reportId).orElseThrow(() -> DomainException.notFound("reporting.report.notFound"));
		if (!actor.has(Role.TASK_FORCE) && !actor.has(Role.ELECTION_SUPERVISOR)) {
			audit.recordRefusal("report.evidence", report.complaintNumber().value(), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "casework.action.forbidden");
		}
		List<EvidenceStore.StoredFile> stored = storeAll(files);
		attach(reportId, stored, files, List.of(), actor.agencyCode());
		audit.record("report.evidence", report.complaintNumber().value(), stored.size() + " file(s)");
		return rows.evidence(reportId);
	}

	private List<EvidenceStore.StoredFile> storeAll(List<Upload> files) {
		List<EvidenceStore.StoredFile> stored = new ArrayList<>();
		if (files == null) {
			return stored;
		}
		if (files.size() > MAX_FILES) {
			throw DomainException.invalid("reporting.evidence.tooMany", MAX_FILES);
		}
		for (Upload file : files) {
			try (InputStream in = file.content().getInputStream()) {
				stored.add(store.storeEvidence(file.name(), in, FILE_KINDS));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return stored;
	}

	private long nextId() {
		return jdbc.sql("select nextval('report_seq')").query(Long.class).single();
	}

	private ComplaintNumber insert(long id, ReportKind kind, ReportSubmission s, String filedBy, String agency,
			String receipt) {
		return insert(id, kind, s, filedBy, agency, receipt, null);
	}

	/**
	 * {@code sealedNip}: a pressure reporter's own NIP, sealed with their identity. A public reporter's NIP
	 * ({@code s.reporter().nip()}) is not sealed: its hint promises it is only watched for retaliation. Either way a
	 * named civil servant's report day is noted for the retaliation check (ADR 0048, 0049).
	 */
	private ComplaintNumber insert(long id, ReportKind kind, ReportSubmission s, String filedBy, String agency,
			String receipt, String sealedNip) {
		Instant now = clock.instant();
		ComplaintNumber number = ComplaintNumber.of(now.atZone(BusinessCalendar.ZONE).getYear(), id);
		jdbc.sql("""
				insert into report (id, complaint_number, receipt_hash, channel, kind, filed_by, filed_by_agency,
				  reported_nip, reported_nik, reported_name, reported_employer, reported_position, incident_date,
				  region_code, description, anonymous, reporter_identity, notify_on_stage_change, consent, filed_at)
				values (:id, :number, :receipt, :channel, :kind, :filedBy, :agency, :nip, :nik, :name, :employer,
				  :position, :date, :region, :description, :anonymous, :identity, :notify, :consent, :at)
				""")
			.param("id", id)
			.param("number", number.value())
			.param("receipt", receipt == null ? null : ReceiptCode.hash(number, receipt))
			.param("channel", kind == ReportKind.LAPOR_COMPLAINT ? "LAPOR" : kind.isPublic() ? "PUBLIC" : "AGENCY")
			.param("kind", kind.name())
			.param("filedBy", filedBy)
			.param("agency", agency)
			.param("nip", s.reported().nip())
			.param("nik", s.reported().nik())
			.param("name", s.reported().name())
			.param("employer", s.reported().employer())
			.param("position", s.reported().position())
			.param("date", s.incident().date())
			.param("region", s.incident().regionCode())
			.param("description", s.incident().description())
			.param("anonymous", s.reporter().anonymous())
			.param("identity", seal.seal(id,
					new ReporterIdentity(s.reporter().name(), s.reporter().email(), s.reporter().phone(),
							sealedNip)))
			.param("notify", Boolean.TRUE.equals(s.reporter().notifyOnStageChange()))
			.param("consent", Boolean.TRUE.equals(s.consent()))
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		String ownNip = sealedNip != null ? sealedNip : s.reporter().nip();
		if (Boolean.FALSE.equals(s.reporter().anonymous()) && ownNip != null) {
			namedReporters.note(ownNip, now);
		}
		return number;
	}

	private void attach(long reportId, List<EvidenceStore.StoredFile> stored, List<Upload> files, List<String> links,
			String addedBy) {
		Instant now = clock.instant();
		for (int i = 0; i < stored.size(); i++) {
			rows.addFile(reportId, stored.get(i), files.get(i).name(), addedBy, now);
		}
		for (String link : links) {
			rows.addLink(reportId, link, addedBy, now);
		}
	}

	private void publish(long id, ComplaintNumber number, ReportKind kind, String agency, ReportSubmission s) {
		publish(id, number, kind, agency, s, null);
	}

	private void publish(long id, ComplaintNumber number, ReportKind kind, String agency, ReportSubmission s,
			String fixedSummary) {
		String description = s.incident().description();
		String summary = fixedSummary != null ? fixedSummary
				: description.length() <= 280 ? description : description.substring(0, 277) + "...";
		events.publishEvent(new ReportFiled(id, number, kind, agency, s.reported().nip(), s.reported().nik(),
				s.reported().name(), s.reported().employer(), s.reported().position(), s.incident().date(),
				s.incident().regionCode(), summary, clock.instant()));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
	}

	private static String requireText(String text, String field) {
		String trimmed = SubmissionCheck.blankToNull(text);
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (trimmed == null) {
			problems.reject(field, "validation.required");
		}
		else if (trimmed.length() > 4000) {
			problems.reject(field, "validation.tooLongMax", 4000);
		}
		problems.throwIfAny();
		return trimmed;
	}
}
