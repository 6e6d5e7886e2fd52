package id.go.netra.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import id.go.netra.DataDirectory;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.Casework;
import id.go.netra.casework.RejectReason;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.Report;
import id.go.netra.reporting.ReportKind;
import id.go.netra.reporting.ReportSubmission;
import id.go.netra.reporting.Reports;

/**
 * The exchange with SP4N-LAPOR!. Forwarded complaints are filed through reporting's intake, each on its own, so
 * one that does not pass the intake's checks is reported in words and the others are still filed; a tracking
 * number already in Netra adds nothing. A report rejected at verification as not about neutrality may be handed
 * over to LAPOR! by the task force; the reporter's identity stays in Netra (the reporter follows the complaint at
 * LAPOR! with the tracking number shown on the status page).
 */
@Service
class LaporExchange {

	private static final Logger log = LoggerFactory.getLogger(LaporExchange.class);

	private static final Set<String> OUT_OF_SCOPE = Set.of(RejectReason.NOT_ABOUT_NEUTRALITY.name(),
			RejectReason.HANDED_TO_SP4N_LAPOR.name());

	/** What one fetch did: complaints filed, tracking numbers already in Netra, and complaints refused, why in words. */
	record Pulled(List<Imported> imported, List<String> alreadyIn, List<Refused> refused) {
	}

	record Imported(String laporNumber, String complaintNumber) {
	}

	record Refused(String laporNumber, String problem) {
	}

	/** A report handed over: its complaint number and LAPOR!'s tracking number (null while LAPOR! gave none). */
	record Handed(String complaintNumber, String laporNumber) {
	}

	private final LaporPort port;
	private final Reports reports;
	private final Casework casework;
	private final AuditTrail audit;
	private final MessageSource messages;

	LaporExchange(LaporSettings settings, DataDirectory dataDirectory, Reports reports, Casework casework,
			AuditTrail audit, MessageSource messages) {
		this.port = settings.url() != null ? new LaporHttp(settings)
				: new LaporFiles(orDefault(settings.inbox(), dataDirectory, "lapor-inbox"),
						orDefault(settings.handoverDirectory(), dataDirectory, "lapor-handover"));
		this.reports = reports;
		this.casework = casework;
		this.audit = audit;
		this.messages = messages;
	}

	private static Path orDefault(Path given, DataDirectory dataDirectory, String name) {
		return given == null ? dataDirectory.resolve(name) : given.toAbsolutePath();
	}

	/** Fetches the complaints LAPOR! forwarded and files the new ones; problems in {@code locale}. */
	Pulled pull(Locale locale) {
		List<LaporComplaint> forwarded;
		try {
			forwarded = port.forwarded();
		}
		catch (LaporPort.Unavailable e) {
			log.warn("SP4N-LAPOR! could not be read: {}", e.getMessage());
			throw new DomainException("lapor-unavailable", 502, e.messageCode());
		}
		List<Imported> imported = new ArrayList<>();
		List<String> alreadyIn = new ArrayList<>();
		List<Refused> refused = new ArrayList<>();
		for (LaporComplaint complaint : forwarded) {
			try {
				Optional<ComplaintNumber> filed = reports.fileFromLapor(complaint.trackingNumber(), submission(complaint));
				if (filed.isPresent()) {
					imported.add(new Imported(complaint.trackingNumber().strip(), filed.get().value()));
				}
				else {
					alreadyIn.add(complaint.trackingNumber().strip());
				}
			}
			catch (DuplicateKeyException e) {
				// filed by another node a moment ago
				alreadyIn.add(complaint.trackingNumber());
			}
			catch (DomainException e) {
				refused.add(new Refused(complaint.trackingNumber(), words(e, locale)));
			}
		}
		if (!imported.isEmpty() || !refused.isEmpty()) {
			audit.record("LAPOR_PULLED", "SP4N-LAPOR!", imported.size() + " filed, " + alreadyIn.size()
					+ " already in, " + refused.size() + " refused");
		}
		return new Pulled(imported, alreadyIn, refused);
	}

	/** Hands the report of a case rejected as not about neutrality over to LAPOR!; once. */
	Handed handOver(Actor actor, UUID caseId) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("LAPOR_HANDOVER", caseId.toString(), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "interop.lapor.taskForceOnly");
		}
		CaseSnapshot c = casework.find(actor, caseId)
			.orElseThrow(() -> DomainException.notFound("casework.case.notFound"));
		if (c.status() != CaseStatus.REJECTED || c.closing() == null || !OUT_OF_SCOPE.contains(c.closing().reason())) {
			throw DomainException.conflict("interop.lapor.notOutOfScope");
		}
		Report report = reports.find(c.reportId()).orElseThrow();
		if (report.kind() == ReportKind.LAPOR_COMPLAINT) {
			throw DomainException.conflict("interop.lapor.cameFromLapor", report.laporNumber());
		}
		if (reports.handedToLapor(report.id())) {
			return new Handed(report.complaintNumber().value(), report.laporNumber());
		}
		ReportSubmission.Reported who = report.reported();
		LaporComplaint complaint = new LaporComplaint(null, report.incidentDate(), report.regionCode(),
				report.description(), List.of(),
				new LaporComplaint.Reported(who.nip(), who.nik(), who.name(), who.employer(), who.position()), null,
				report.complaintNumber().value());
		Optional<String> number;
		try {
			number = port.handOver(complaint);
		}
		catch (LaporPort.Unavailable e) {
			log.warn("Hand-over of {} to SP4N-LAPOR! failed: {}", report.complaintNumber().value(), e.getMessage());
			throw new DomainException("lapor-unavailable", 502, e.messageCode());
		}
		reports.handedToLapor(report.id(), number.orElse(null));
		return new Handed(report.complaintNumber().value(), number.orElse(null));
	}

	private static ReportSubmission submission(LaporComplaint c) {
		LaporComplaint.Reported who = c.reported() == null
				? new LaporComplaint.Reported(null, null, null, null, null) : c.reported();
		LaporComplaint.Reporter by = c.reporter() == null ? new LaporComplaint.Reporter(true, null, null, null)
				: c.reporter();
		return new ReportSubmission(new ReportSubmission.Reported(who.nip(), who.nik(), who.name(), who.employer(),
				who.position()), new ReportSubmission.Incident(c.incidentDate(), c.regionCode(), c.content(),
						c.links() == null ? List.of() : c.links()),
				new ReportSubmission.Reporter(by.anonymous(), by.name(), by.email(), by.phone(), false), true);
	}

	private String words(DomainException e, Locale locale) {
		if (e instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
			return String.join("; ", invalid.problems().stream()
				.map(p -> messages.getMessage("interop.lapor.field." + p.field(), null, p.field(), locale) + ": "
						+ p.localized(messages, locale))
				.toList());
		}
		return e.localized(messages, locale);
	}
}
