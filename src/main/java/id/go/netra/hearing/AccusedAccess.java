package id.go.netra.hearing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Service;

import id.go.netra.DomainException;
import id.go.netra.OneTimeSecrets;
import id.go.netra.audit.AuditTrail;
import id.go.netra.personnel.Roster;

/**
 * The accused's way in through the personal link, without an account: the NIP and birth date as the registry holds
 * them, then a one-time code: mailed to the registry's address, or printed in the notice the PPK delivered. A wrong
 * answer never says which part was wrong; a link stops after {@code identity-attempts} wrong answers, a code after
 * {@code code-attempts}. Counts are written before the refusal is thrown (no surrounding transaction), so a refusal
 * cannot roll its own count back.
 */
@Service
class AccusedAccess {

	/** Who is behind a link, as the registry knows them. */
	record Standing(Hearing hearing, Roster.Member employee) {
	}

	private final Hearings hearings;
	private final Roster roster;
	private final HearingMail mail;
	private final HearingSettings settings;
	private final AuditTrail audit;
	private final Clock clock;

	AccusedAccess(Hearings hearings, Roster roster, HearingMail mail, HearingSettings settings, AuditTrail audit,
			Clock clock) {
		this.hearings = hearings;
		this.roster = roster;
		this.mail = mail;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The link's standing; an unknown link is not found, one worn out by wrong answers is refused. */
	Standing open(String token) {
		if (!OneTimeSecrets.tokenShaped(token)) {
			throw DomainException.notFound("hearing.link.unknown");
		}
		Hearing hearing = hearings.byLink(OneTimeSecrets.sha256(token))
			.orElseThrow(() -> DomainException.notFound("hearing.link.unknown"));
		if (hearing.failedChecks() >= settings.identityAttempts()) {
			throw new DomainException("link-locked", 403, "hearing.link.locked");
		}
		Roster.Member employee = roster.byNip(hearing.nip()).orElseThrow(() -> DomainException.notFound("hearing.link.unknown"));
		return new Standing(hearing, employee);
	}

	/**
	 * Checks NIP and birth date. For a mailed notice, mails a fresh code and returns the masked address; for a
	 * delivered one, returns null: the code is the one printed in the notice.
	 */
	String proveIdentity(String token, String nip, String birthDate) {
		Standing standing = open(token);
		Hearing h = standing.hearing();
		if (!matches(standing.employee(), nip, birthDate)) {
			hearings.failedCheck(h.caseId());
			int left = settings.identityAttempts() - h.failedChecks() - 1;
			audit.recordRefusal("HEARING_IDENTITY_REFUSED", h.complaintNumber(), "NIP atau tanggal lahir salah");
			throw left > 0 ? DomainException.invalid("hearing.identity.mismatch", left)
					: new DomainException("link-locked", 403, "hearing.link.locked");
		}
		if (h.channel() == Hearing.Channel.PPK_DELIVERY) {
			return null;
		}
		String code = OneTimeSecrets.newCode();
		hearings.newCode(h.caseId(), codeHash(h, code), clock.instant().plus(settings.codeValidity()));
		mail.code(h.email(), code);
		audit.record("HEARING_CODE_SENT", h.complaintNumber(), "kode ke " + masked(h.email()));
		return masked(h.email());
	}

	/** Accepts the one-time code: from then on the employee may answer for {@code verified-for}. */
	void confirmCode(String token, String code) {
		Hearing h = open(token).hearing();
		Hearings.Code stored = hearings.code(h.caseId());
		if (stored.sha256() == null || stored.until() == null || stored.until().isBefore(clock.instant())) {
			throw DomainException.invalid("hearing.code.expired");
		}
		if (stored.attempts() >= settings.codeAttempts()) {
			throw DomainException.invalid("hearing.code.spent");
		}
		if (!OneTimeSecrets.sameHash(stored.sha256(), codeHash(h, OneTimeSecrets.typed(code)))) {
			hearings.wrongCode(h.caseId());
			audit.recordRefusal("HEARING_CODE_REFUSED", h.complaintNumber(), "kode salah");
			int left = settings.codeAttempts() - stored.attempts() - 1;
			throw left > 0 ? DomainException.invalid("hearing.code.wrong", left) : DomainException.invalid("hearing.code.spent");
		}
		hearings.verified(h.caseId(), clock.instant());
		audit.record("HEARING_IDENTITY_PROVEN", h.complaintNumber(), "melalui tautan pribadi");
	}

	/** Whether the employee proved who they are recently enough to act now. */
	boolean verified(Hearing h) {
		Instant at = hearings.code(h.caseId()).verifiedAt();
		return at != null && !at.plus(settings.verifiedFor()).isBefore(clock.instant());
	}

	static String codeHash(Hearing h, String code) {
		return OneTimeSecrets.sha256(h.caseId() + ":" + code);
	}

	static String masked(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

	private static boolean matches(Roster.Member employee, String nip, String birthDate) {
		String digits = nip == null ? "" : nip.replaceAll("\\s", "");
		try {
			return digits.equals(employee.nip()) && birthDate != null && employee.birthDate() != null
					&& LocalDate.parse(birthDate.strip()).equals(employee.birthDate());
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
