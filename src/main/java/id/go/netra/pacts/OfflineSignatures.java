package id.go.netra.pacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;

/**
 * Pacts signed on paper: the employer's PPK uploads the wet-signed scan (PDF, JPEG or PNG, told by its content, up to
 * {@code netra.pacts.max-scan-bytes}), kept in the database beside the signature. A second signature for the same
 * employee in the same campaign, online or on paper, is refused: the first one stands (ADR 0040).
 */
@Service
class OfflineSignatures {

	private final Campaigns campaigns;
	private final CampaignRoster roster;
	private final PactSettings settings;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	OfflineSignatures(Campaigns campaigns, CampaignRoster roster, PactSettings settings, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.campaigns = campaigns;
		this.roster = roster;
		this.settings = settings;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The campaign if the actor is the PPK who records its paper pacts; not found for anyone else. */
	Campaign administered(Actor actor, UUID campaignId) {
		Campaign campaign = campaigns.require(actor, campaignId);
		if (!CampaignScope.administers(actor, campaign)) {
			audit.recordRefusal("PACT_NOT_ADMINISTERED", campaign.id().toString(), "bukan PPK instansi kampanye");
			throw new DomainException("forbidden", 403, "pacts.offline.notPpk");
		}
		return campaign;
	}

	/** The uploaded scan's bytes, refused before they are read when the file is larger than the limit. */
	byte[] content(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > settings.maxScanBytes()) {
			throw DomainException.invalid("pacts.offline.tooLarge", settings.maxScanBytes() / (1024 * 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Transactional
	Signer record(Actor actor, Campaign campaign, String number, String fileName, byte[] content) {
		String digits = number == null ? "" : number.replaceAll("\\s", "");
		if (digits.isEmpty()) {
			throw DomainException.invalid("pacts.offline.nipRequired");
		}
		if (content == null || content.length == 0) {
			throw DomainException.invalid("pacts.offline.fileRequired");
		}
		if (content.length > settings.maxScanBytes()) {
			throw DomainException.invalid("pacts.offline.tooLarge", settings.maxScanBytes() / (1024 * 1024));
		}
		ScanType type = ScanType.of(content).orElseThrow(() -> DomainException.invalid("pacts.offline.wrongType"));
		Signer signer = roster.find(campaign.id(), digits)
			.orElseThrow(() -> DomainException.invalid("pacts.offline.notOnRoster", digits));
		Instant now = clock.instant();
		if (!roster.markSigned(campaign, signer.id(), Channel.OFFLINE, now, null, null, actor.name())) {
			throw DomainException.conflict("pacts.offline.alreadySigned", digits);
		}
		jdbc.sql("""
				insert into pact_scan (signer_id, media_type, file_name, sha256, content, uploaded_at)
				values (:s, :type, :name, :sha, :content, :at)""")
			.param("s", signer.id())
			.param("type", type.mediaType())
			.param("name", fileName == null ? null : DomainException.checkLength(fileName, 300, "pacts.field.file"))
			.param("sha", PactTexts.sha256(content))
			.param("content", content)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		audit.record("PACT_SIGNED_OFFLINE", String.valueOf(signer.id()),
				"kampanye " + campaign.id() + "; pindaian " + type.mediaType() + ", SHA-256 " + PactTexts.sha256(content));
		return roster.find(signer.id()).orElseThrow();
	}
}
