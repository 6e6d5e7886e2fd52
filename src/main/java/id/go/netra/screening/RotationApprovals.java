package id.go.netra.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.Actor;

/**
 * The Minister of Home Affairs' written approval of a change inside the rotation ban: its number, date and the
 * letter itself (PDF or a scan). Recording it clears the lead: the change was allowed.
 */
@Service
class RotationApprovals {

	static final int MAX_NUMBER = 100;
	static final int MAX_DOCUMENT = 10 * 1024 * 1024;

	/** The approval as reviewers see it; the document is kept, not shown in the list. */
	public record Approval(String letterNumber, LocalDate letterDate, String documentName, String documentSha256,
			String recordedBy, OffsetDateTime recordedAt) {
	}

	private final JdbcClient jdbc;
	private final LeadDecisions decisions;
	private final AuditTrail audit;
	private final Clock clock;

	RotationApprovals(JdbcClient jdbc, @Lazy LeadDecisions decisions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Approval record(Actor actor, long leadId, String letterNumber, LocalDate letterDate, String fileName,
			byte[] document) {
		String number = letterNumber == null ? "" : letterNumber.strip();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (number.isEmpty()) {
			problems.reject("letterNumber", "validation.required");
		}
		else if (number.length() > MAX_NUMBER) {
			problems.reject("letterNumber", "validation.tooLongMax", MAX_NUMBER);
		}
		if (letterDate == null) {
			problems.reject("letterDate", "validation.required");
		}
		else if (letterDate.isAfter(LocalDate.now(clock.withZone(BusinessCalendar.ZONE)))) {
			problems.reject("letterDate", "screening.approval.dateInFuture");
		}
		String type = document == null ? null : documentType(document);
		if (document == null || document.length == 0) {
			problems.reject("document", "screening.approval.documentRequired");
		}
		else if (document.length > MAX_DOCUMENT) {
			problems.reject("document", "screening.approval.documentTooLarge", MAX_DOCUMENT / 1024 / 1024);
		}
		else if (type == null) {
			problems.reject("document", "screening.approval.documentType");
		}
		LeadDecisions.Locked lead = decisions.lock(actor, leadId);
		if (lead.source() != LeadSource.ROTATION_BAN) {
			throw DomainException.conflict("screening.approval.notRotationBan");
		}
		problems.throwIfAny();
		String sha256 = PartyLists.sha256(document);
		OffsetDateTime now = OffsetDateTime.now(clock);
		String name = Texts.fileName(fileName);
		jdbc.sql("""
				insert into rotation_approval (lead_id, letter_number, letter_date, document_name, document_type,
				  document_sha256, document, recorded_by, recorded_at)
				values (:lead, :number, :date, :name, :type, :sha, :document, :by, :now)
				""")
			.param("lead", leadId)
			.param("number", number)
			.param("date", letterDate)
			.param("name", name)
			.param("type", type)
			.param("sha", sha256)
			.param("document", document)
			.param("by", actor.name())
			.param("now", now)
			.update();
		audit.record("screening.rotationBan.approval", "lead " + leadId,
				"letter " + number + " of " + letterDate + ", " + name + " sha256 " + sha256);
		decisions.decide(lead, "CLEARED", actor, "Persetujuan Menteri Dalam Negeri " + number + " tanggal " + letterDate,
				null);
		return new Approval(number, letterDate, name, sha256, actor.name(), now);
	}

	Map<Long, Approval> of(List<Long> leadIds) {
		Map<Long, Approval> approvals = new HashMap<>();
		jdbc.sql("select lead_id, letter_number, letter_date, document_name, document_sha256, recorded_by, recorded_at"
				+ " from rotation_approval where lead_id in (:ids)")
			.param("ids", leadIds)
			.query(rs -> {
				approvals.put(rs.getLong("lead_id"), new Approval(rs.getString("letter_number"),
						rs.getObject("letter_date", LocalDate.class), rs.getString("document_name"),
						rs.getString("document_sha256"), rs.getString("recorded_by"),
						rs.getObject("recorded_at", OffsetDateTime.class)));
			});
		return approvals;
	}

	/** A PDF or a scan (JPEG, PNG), told by its first bytes, not by its name. */
	static String documentType(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
			return "application/pdf";
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
			return "image/png";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
