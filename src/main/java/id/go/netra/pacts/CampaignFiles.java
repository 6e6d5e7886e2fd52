package id.go.netra.pacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.Dates;
import id.go.netra.TableFiles;
import id.go.netra.audit.AuditTrail;

/**
 * The files of a campaign, as CSV or XLSX: the list of personal links the PPK hands out (NIP, name, link; a fresh
 * link per unsigned employee, the earlier ones keep working), and the roster with where each employee stands.
 */
@Component
class CampaignFiles {

	private final CampaignRoster roster;
	private final SigningLinks links;
	private final AuditTrail audit;

	CampaignFiles(CampaignRoster roster, SigningLinks links, AuditTrail audit) {
		this.roster = roster;
		this.links = links;
		this.audit = audit;
	}

	@Transactional
	ResponseEntity<byte[]> links(Campaign campaign, String format) {
		List<List<Object>> rows = new ArrayList<>();
		roster.forEach(campaign.id(), signer -> {
			if (!signer.signed()) {
				rows.add(List.of(signer.registryNumber(), signer.name(), links.issue(signer.id(), "LIST")));
			}
		});
		audit.record("PACT_LINK_LIST", campaign.id().toString(), rows.size() + " tautan, " + format);
		return TableFiles.download(new TableFiles.Table("pakta-tautan", List.of("NIP/NIK", "Nama", "Tautan"), rows),
				format, today());
	}

	@Transactional
	ResponseEntity<byte[]> roster(Campaign campaign, String format) {
		List<List<Object>> rows = new ArrayList<>();
		roster.forEach(campaign.id(), signer -> rows.add(List.of(signer.registryNumber(), signer.name(),
				signer.employmentType(), signer.signed() ? "SUDAH" : "BELUM",
				signer.channel() == null ? "" : signer.channel() == Channel.ONLINE ? "DARING" : "KERTAS",
				signer.signedAt() == null ? "" : Dates.dateTime(signer.signedAt(), java.util.Locale.forLanguageTag("id")) + " WIB",
				signer.letterNumber() == null ? "" : signer.letterNumber())));
		audit.record("PACT_EXPORTED", campaign.id().toString(), rows.size() + " pegawai, " + format);
		return TableFiles.download(new TableFiles.Table("pakta-cakupan",
				List.of("NIP/NIK", "Nama", "Jenis kepegawaian", "Menandatangani", "Cara", "Waktu", "Nomor pakta"), rows),
				format, today());
	}

	private static LocalDate today() {
		return LocalDate.now(Dates.ZONE);
	}
}
