package id.go.netra.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.documents.LetterIssued;
import id.go.netra.enforcement.ReferralChanged;
import id.go.netra.enforcement.SanctionRecorded;
import id.go.netra.monitoring.PostLeadOpened;
import id.go.netra.pacts.PactSigned;

/**
 * The integration events of what is recorded around a case (its sanction, its criminal referral, its letters, the
 * monitoring lead it came from) and of signed integrity pacts, written to the outbox in the publisher's
 * transaction like the case events. Each is scoped as its API is: a referral never reaches a PPK; a letter
 * addressed to the employer reaches its PPK, other letters and a monitoring lead only once BKN forwarded the case;
 * a pact reaches its employer's PPK and its province's supervisors.
 */
@Component
class RecordEvents {

	private final Outbox outbox;

	RecordEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(SanctionRecorded s) {
		Outbox.Known known = outbox.known(s.caseId());
		Map<String, Object> sanction = new LinkedHashMap<>();
		sanction.put("entryId", s.entryId().toString());
		sanction.put("code", s.sanctionCode());
		sanction.put("kind", s.sanctionKind().name());
		sanction.put("level", s.sanctionLevel().name());
		sanction.put("decreeNumber", s.decreeNumber());
		sanction.put("decreeDate", text(s.decreeDate()));
		sanction.put("effectiveOn", text(s.effectiveOn()));
		sanction.put("effectiveEstimated", s.effectiveEstimated());
		sanction.put("endsOn", text(s.endsOn()));
		sanction.put("repeatOffence", s.repeatOffence());
		sanction.put("electionCode", s.electionCode());
		// the PPK imposed it: its employer may hear of it whatever sharing saw of the forwarding
		write(EventType.SANCTION_RECORDED, known, s.complaintNumber(), s.employerCode(),
				orElse(known.forwardedAt(), s.recordedAt()), s.recordedAt(), "sanction", sanction);
	}

	@EventListener
	void on(ReferralChanged r) {
		Outbox.Known known = outbox.known(r.caseId());
		Map<String, Object> referral = new LinkedHashMap<>();
		referral.put("id", r.referralId().toString());
		referral.put("stage", r.stage().name());
		referral.put("outcome", r.outcome() == null ? null : r.outcome().name());
		referral.put("open", r.open());
		referral.put("version", r.version());
		// a matter for Bawaslu and Gakkumdu: scoped by the referral's region alone, no employer, so no PPK
		outbox.write(EventType.REFERRAL_CHANGED, r.caseId(), r.complaintNumber(), r.regionCode(), null, null, null,
				r.at(), body(Outbox.caseRef(r.caseId(), r.complaintNumber(), known.employerCode(), known),
						"referral", referral));
	}

	@EventListener
	void on(LetterIssued l) {
		if (l.caseId() == null) {
			return; // letters outside a case (a pact's) are told by their own events
		}
		Outbox.Known known = outbox.known(l.caseId());
		Map<String, Object> letter = new LinkedHashMap<>();
		letter.put("id", l.letterId().toString());
		letter.put("kind", l.kind().name());
		letter.put("number", l.number());
		letter.put("date", text(l.date()));
		letter.put("issuerAgencyCode", l.issuerAgencyCode());
		letter.put("addresseeAgencyCode", l.addresseeAgencyCode());
		letter.put("verificationCode", l.verificationCode());
		letter.put("sha256", l.sha256());
		letter.put("issuedAt", l.issuedAt().toString());
		boolean toTheEmployer = l.addresseeAgencyCode() != null
				&& l.addresseeAgencyCode().equals(known.employerCode());
		write(EventType.LETTER_ISSUED, known, l.complaintNumber(), known.employerCode(),
				toTheEmployer ? orElse(known.forwardedAt(), l.issuedAt()) : known.forwardedAt(), l.issuedAt(),
				"letter", letter);
	}

	@EventListener
	void on(PostLeadOpened lead) {
		Outbox.Known known = outbox.knownByNumber(lead.complaintNumber())
			.orElse(new Outbox.Known(null, lead.complaintNumber(), null, null, null, null));
		Map<String, Object> finding = new LinkedHashMap<>();
		finding.put("postId", lead.postId());
		finding.put("platform", lead.platform());
		finding.put("label", lead.label().name());
		finding.put("score", lead.score());
		finding.put("modelVersion", lead.modelVersion());
		finding.put("snapshotSha256", lead.snapshotSha256());
		finding.put("timestampedAt", lead.timestampedAt() == null ? null : lead.timestampedAt().toString());
		write(EventType.MONITORING_LEAD, known, lead.complaintNumber(), known.employerCode(), known.forwardedAt(),
				lead.at(), "lead", finding);
	}

	@EventListener
	void on(PactSigned p) {
		Map<String, Object> pact = new LinkedHashMap<>();
		pact.put("signerId", p.signerId());
		pact.put("campaignId", p.campaignId().toString());
		pact.put("employerCode", p.employerCode());
		pact.put("provinceCode", p.provinceCode());
		pact.put("electionCode", p.electionCode());
		pact.put("channel", p.online() ? "ONLINE" : "OFFLINE");
		pact.put("letterNumber", p.letterNumber());
		pact.put("signedAt", p.signedAt().toString());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("pact", pact);
		// no case: the employer's PPK may hear of its own employees' pacts at once
		outbox.write(EventType.PACT_SIGNED, null, null, p.provinceCode(), null, p.employerCode(), p.signedAt(),
				p.signedAt(), payload);
	}

	private void write(EventType type, Outbox.Known known, String complaintNumber, String employerCode,
			Instant forwardedAt, Instant at, String name, Map<String, Object> record) {
		outbox.write(type, known.caseId(), complaintNumber, known.regionCode(), known.workRegionCode(), employerCode,
				forwardedAt, at, body(Outbox.caseRef(known.caseId(), complaintNumber, employerCode, known), name, record));
	}

	private static Map<String, Object> body(Map<String, Object> theCase, String name, Map<String, Object> record) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("case", theCase);
		body.put(name, record);
		return body;
	}

	private static Instant orElse(Instant first, Instant second) {
		return first == null ? second : first;
	}

	private static String text(LocalDate day) {
		return day == null ? null : day.toString();
	}
}
