package id.go.netra.pacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Integrity-pact campaigns for agency systems: open one (a PPK for its employer; BKN or a ministry as a cascade),
 * read it with its coverage, the unsigned, mail the links, and record pacts signed on paper. A PPK reaches only its
 * own employer's campaigns; anything else is not found.
 */
@RestController
@RequestMapping("/api/v1/integrity-pacts/campaigns")
@PreAuthorize("hasAnyRole('PPK', 'CIVIL_SERVICE_AGENCY', 'OVERSIGHT')")
@Tag(name = "Integrity pacts")
class PactApiController {

	record NewCampaign(String title, String election, String deadline, String text, String legalBasis,
			List<String> employers, List<String> employerKinds) {
	}

	record Unsigned(String nip, String name, String employmentType, boolean hasEmail) {
	}

	record Recorded(String nip, String name, String channel, java.time.Instant signedAt) {
	}

	record EmployerCoverage(UUID campaignId, String employerCode, String employerName, Coverage.Tally coverage) {
	}

	record BatchReport(int recorded, int refused, List<OfflineBatch.Row> rows) {
	}

	private final Campaigns campaigns;
	private final CampaignViews views;
	private final CampaignRoster roster;
	private final CoverageCounts coverage;
	private final OfflineSignatures offline;
	private final OfflineBatch batch;
	private final PactMailer mailer;
	private final CampaignFiles files;
	private final CurrentActor currentActor;

	PactApiController(Campaigns campaigns, CampaignViews views, CampaignRoster roster, CoverageCounts coverage,
			OfflineSignatures offline,
			OfflineBatch batch, PactMailer mailer, CampaignFiles files, CurrentActor currentActor) {
		this.campaigns = campaigns;
		this.views = views;
		this.roster = roster;
		this.coverage = coverage;
		this.offline = offline;
		this.batch = batch;
		this.mailer = mailer;
		this.files = files;
		this.currentActor = currentActor;
	}

	@PostMapping
	@Operation(summary = "Opens a campaign: a PPK for its own employer; BKN or a ministry cascades to every employer"
			+ " (or those named in employers, or of the employerKinds) in its jurisdiction. text is the pact's"
			+ " wording (paragraphs separated by a blank line); without it the shipped template is used")
	ResponseEntity<CampaignView> open(@RequestBody(required = false) NewCampaign body) {
		NewCampaign form = body == null ? new NewCampaign(null, null, null, null, null, null, null) : body;
		Actor actor = currentActor.require();
		CampaignDraft draft = CampaignDraft.of(form.title(), form.election(), form.deadline(), form.text(),
				form.legalBasis(), form.employers(), form.employerKinds(), campaigns.today());
		Campaign campaign = campaigns.open(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/integrity-pacts/campaigns/" + campaign.id()))
			.body(views.of(campaign));
	}

	@GetMapping
	@Operation(summary = "The campaigns the caller sees, newest first, each with its coverage")
	Page<CampaignView> list() {
		List<CampaignView> all = campaigns.visibleTo(currentActor.require()).stream().map(views::of).toList();
		return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A campaign with its coverage: total, signed, online, offline and byEmploymentType")
	CampaignView one(@PathVariable UUID id) {
		return views.of(campaigns.require(currentActor.require(), id));
	}

	@GetMapping("/{id}/employers")
	@Operation(summary = "For a cascade: each employer's campaign with its coverage (total, signed, online, offline)")
	List<EmployerCoverage> employers(@PathVariable UUID id) {
		Campaign campaign = campaigns.require(currentActor.require(), id);
		java.util.Map<String, Campaign> children = campaigns.children(campaign.id())
			.stream()
			.collect(java.util.stream.Collectors.toMap(c -> c.id().toString(), c -> c));
		return coverage.byChild(campaign.id()).stream().map(row -> {
			Campaign child = children.get(row.key());
			return new EmployerCoverage(child.id(), child.employerCode(), views.employerName(child.employerCode()),
					row.tally());
		}).toList();
	}

	@GetMapping("/{id}/unsigned")
	@Operation(summary = "The employees who have not signed yet, by name, a page at a time")
	Page<Unsigned> unsigned(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Campaign campaign = campaigns.require(currentActor.require(), id);
		return roster.unsigned(campaign.id(), Math.max(page, 0), Math.min(Math.max(size, 1), 500))
			.map(s -> new Unsigned(s.registryNumber(), s.name(), s.employmentType(), s.email() != null));
	}

	@PostMapping("/{id}/invitations")
	@Operation(summary = "Asks Netra to e-mail every employee with an address in the registry their personal link;"
			+ " the links go out in the background, each once")
	ResponseEntity<Void> invite(@PathVariable UUID id) {
		mailer.requestInvitations(offline.administered(currentActor.require(), id));
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/{id}/links")
	@Operation(summary = "The list of personal links the PPK hands out (format=csv or xlsx): NIP, name and a fresh"
			+ " link for every employee who has not signed; links given earlier keep working")
	ResponseEntity<byte[]> links(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
		return files.links(offline.administered(currentActor.require(), id), format);
	}

	@GetMapping("/{id}/export")
	@Operation(summary = "Everyone the campaign reaches with where they stand (format=csv or xlsx)")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
		Campaign campaign = campaigns.require(currentActor.require(), id);
		return files.roster(campaign, format);
	}

	@PostMapping("/{id}/offline-signatures")
	@Operation(summary = "Records a pact signed on paper: nip (the NIK for non-ASN staff) and file, the scan (PDF,"
			+ " JPEG or PNG, told by its content)")
	ResponseEntity<Recorded> recordOffline(@PathVariable UUID id, @RequestParam(required = false) String nip,
			@RequestParam(required = false) MultipartFile file) {
		Actor actor = currentActor.require();
		Campaign campaign = offline.administered(actor, id);
		Signer signer = offline.record(actor, campaign, nip, file == null ? null : file.getOriginalFilename(),
				offline.content(file));
		return ResponseEntity.status(201)
			.body(new Recorded(signer.registryNumber(), signer.name(), signer.channel().name(), signer.signedAt()));
	}

	@PostMapping("/{id}/offline-signatures/batch")
	@Operation(summary = "Records a batch of paper pacts: archive, a ZIP of the scans with one CSV (header file,nip);"
			+ " answers one row per line of the CSV, recorded or refused with the reason")
	BatchReport recordBatch(@PathVariable UUID id, @RequestParam(required = false) MultipartFile archive,
			Locale locale) {
		Actor actor = currentActor.require();
		Campaign campaign = offline.administered(actor, id);
		if (archive == null || archive.isEmpty()) {
			throw DomainException.invalid("pacts.batch.archiveRequired");
		}
		if (archive.getSize() > OfflineBatch.MAX_UNPACKED) {
			throw DomainException.invalid("pacts.batch.tooLarge", OfflineBatch.MAX_UNPACKED / (1024 * 1024));
		}
		byte[] zip = bytes(archive);
		List<OfflineBatch.Row> rows = batch.record(actor, campaign, zip, locale);
		int recorded = (int) rows.stream().filter(OfflineBatch.Row::recorded).count();
		return new BatchReport(recorded, rows.size() - recorded, rows);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file == null ? null : file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
