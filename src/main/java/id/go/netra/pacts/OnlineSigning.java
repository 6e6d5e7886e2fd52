package id.go.netra.pacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.OneTimeSecrets;
import id.go.netra.audit.AuditTrail;
import id.go.netra.documents.Letter;

/**
 * Signing through the personal link, without an account: the employee proves who they are with the NIP (the NIK
 * for non-ASN staff) and the birth date as the registry holds them, then with a one-time code mailed to the
 * registry's address, reads the pact, ticks the consent and signs; Netra issues the pact letter. A wrong answer
 * never says which of the two was wrong; a link refuses after {@code netra.pacts.identity-attempts} wrong answers,
 * a code after {@code code-attempts} or {@code code-validity}. Failures are counted before the refusal is thrown
 * (no surrounding transaction), so a refusal cannot roll its own count back.
 */
@Service
class OnlineSigning {

	/** Where a link stands: the signer, the campaign and the wording it signs. */
	record Standing(SigningLinks.Link link, Signer signer, Campaign campaign, PactText text) {
	}

	private final SigningLinks links;
	private final CampaignRoster roster;
	private final Campaigns campaigns;
	private final PactTexts texts;
	private final PactMail mail;
	private final PactLetters letters;
	private final PactSettings settings;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	OnlineSigning(SigningLinks links, CampaignRoster roster, Campaigns campaigns, PactTexts texts, PactMail mail,
			PactLetters letters, PactSettings settings, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.links = links;
		this.roster = roster;
		this.campaigns = campaigns;
		this.texts = texts;
		this.mail = mail;
		this.letters = letters;
		this.settings = settings;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The link's standing; an unknown link is not found, a link worn out by wrong answers is refused. */
	Standing open(String token) {
		SigningLinks.Link link = links.find(token).orElseThrow(() -> DomainException.notFound("pacts.link.unknown"));
		Signer signer = roster.find(link.signerId()).orElseThrow();
		Campaign campaign = campaigns.find(signer.campaignId()).orElseThrow();
		if (!signer.signed() && link.failedChecks() >= settings.identityAttempts()) {
			throw new DomainException("link-locked", 403, "pacts.link.locked");
		}
		return new Standing(link, signer, campaign, texts.find(campaign.textVersion()).orElseThrow());
	}

	/** Checks NIP and birth date; when both match, mails a fresh one-time code and returns the masked address. */
	String proveIdentity(String token, String number, String birthDate) {
		Standing standing = open(token);
		Signer signer = standing.signer();
		refuseIfSigned(signer);
		if (!matches(signer, number, birthDate)) {
			links.failedCheck(standing.link());
			int left = settings.identityAttempts() - standing.link().failedChecks() - 1;
			audit.recordRefusal("PACT_IDENTITY_REFUSED", String.valueOf(signer.id()), "kampanye " + signer.campaignId());
			throw left > 0 ? DomainException.invalid("pacts.identity.mismatch", left)
					: new DomainException("link-locked", 403, "pacts.link.locked");
		}
		if (signer.email() == null) {
			throw DomainException.conflict("pacts.identity.noEmail");
		}
		String code = OneTimeSecrets.newCode();
		jdbc.sql("""
				update pact_signer set otp_hash = :hash, otp_expires_at = :until, otp_attempts = 0, verified_at = null
				where id = :id""")
			.param("hash", codeHash(signer, code))
			.param("until", clock.instant().plus(settings.codeValidity()).atOffset(ZoneOffset.UTC))
			.param("id", signer.id())
			.update();
		mail.code(signer, code);
		audit.record("PACT_CODE_SENT", String.valueOf(signer.id()), "ke " + signer.maskedEmail());
		return signer.maskedEmail();
	}

	/** Accepts the one-time code: from then on the employee may sign for {@code netra.pacts.verified-for}. */
	void confirmCode(String token, String code) {
		Signer signer = open(token).signer();
		refuseIfSigned(signer);
		record Otp(String hash, OffsetDateTime until, int attempts) {
		}
		Otp otp = jdbc.sql("select otp_hash, otp_expires_at, otp_attempts from pact_signer where id = :id")
			.param("id", signer.id())
			.query((rs, n) -> new Otp(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3)))
			.single();
		if (otp.hash() == null || otp.until().toInstant().isBefore(clock.instant())) {
			throw DomainException.invalid("pacts.code.expired");
		}
		if (otp.attempts() >= settings.codeAttempts()) {
			throw DomainException.invalid("pacts.code.spent");
		}
		if (!OneTimeSecrets.sameHash(otp.hash(), codeHash(signer, OneTimeSecrets.typed(code)))) {
			jdbc.sql("update pact_signer set otp_attempts = otp_attempts + 1 where id = :id")
				.param("id", signer.id())
				.update();
			audit.recordRefusal("PACT_CODE_REFUSED", String.valueOf(signer.id()), "kode salah");
			int left = settings.codeAttempts() - otp.attempts() - 1;
			throw left > 0 ? DomainException.invalid("pacts.code.wrong", left) : DomainException.invalid("pacts.code.spent");
		}
		jdbc.sql("update pact_signer set otp_hash = null, verified_at = :now where id = :id")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", signer.id())
			.update();
		audit.record("PACT_IDENTITY_PROVEN", String.valueOf(signer.id()), "kampanye " + signer.campaignId());
	}

	/** Whether the employee proved who they are recently enough to sign now. */
	boolean verified(Signer signer) {
		OffsetDateTime at = jdbc.sql("select verified_at from pact_signer where id = :id")
			.param("id", signer.id())
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		return at != null && !at.toInstant().plus(settings.verifiedFor()).isBefore(clock.instant());
	}

	/** Signs with the employee's consent: issues the pact letter and records the signature, together or not at all. */
	@Transactional
	Letter sign(String token, boolean consent) {
		Standing standing = open(token);
		Signer signer = standing.signer();
		refuseIfSigned(signer);
		if (!verified(signer)) {
			throw DomainException.invalid("pacts.sign.notVerified");
		}
		if (!consent) {
			throw DomainException.invalid("pacts.sign.consentRequired");
		}
		Instant now = clock.instant();
		Letter letter = letters.issue(standing.campaign(), standing.text(), signer, now);
		if (!roster.markSigned(standing.campaign(), signer.id(), Channel.ONLINE, now, letter.id(), letter.number(), "online")) {
			throw DomainException.conflict("pacts.sign.already");
		}
		audit.record("PACT_SIGNED_ONLINE", String.valueOf(signer.id()),
				"kampanye " + signer.campaignId() + "; surat " + letter.number());
		return letter;
	}

	private static void refuseIfSigned(Signer signer) {
		if (signer.signed()) {
			throw DomainException.conflict("pacts.sign.already");
		}
	}

	private static boolean matches(Signer signer, String number, String birthDate) {
		String digits = number == null ? "" : number.replaceAll("\\s", "");
		try {
			return digits.equals(signer.registryNumber()) && birthDate != null
					&& LocalDate.parse(birthDate.strip()).equals(signer.birthDate());
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	private static String codeHash(Signer signer, String code) {
		return PactTexts.sha256(signer.id() + ":" + signer.campaignId() + ":" + code);
	}
}
