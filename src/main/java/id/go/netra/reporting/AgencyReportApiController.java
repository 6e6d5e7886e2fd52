package id.go.netra.reporting;

import java.net.URI;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reports filed by agencies: the task force's own, Bawaslu's findings and recommendations. */
@RestController
@RequestMapping("/api/v1/reports")
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('TASK_FORCE', 'ELECTION_SUPERVISOR')")
@Tag(name = "Agency reports", description = "Reports filed by the task force and Bawaslu")
class AgencyReportApiController {

	/** The public report's shape plus its kind; the reporter is the signed-in agency. */
	record AgencyReport(ReportKind kind, ReportSubmission.Reported reported, ReportSubmission.Incident incident) {

		ReportSubmission submission() {
			return new ReportSubmission(reported, incident, null, true);
		}
	}

	record Filed(String complaintNumber) {
	}

	private final Reports reports;
	private final AgencyReportImport bulk;
	private final CurrentActor currentActor;

	AgencyReportApiController(Reports reports, AgencyReportImport bulk, CurrentActor currentActor) {
		this.reports = reports;
		this.bulk = bulk;
		this.currentActor = currentActor;
	}

	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "File many reports from CSV (columns JENIS, NIP, NIK, NAMA, INSTANSI, JABATAN, "
			+ "TANGGAL_KEJADIAN, KODE_WILAYAH, URAIAN, TAUTAN); each row on its own, with a per-row result. "
			+ "Ask for text/csv to get only the refused rows as an error report.")
	ResponseEntity<?> importCsv(@RequestBody byte[] csv, @RequestParam(required = false) ReportKind kind,
			@RequestHeader(name = "Accept", required = false) String accept) {
		AgencyReportImport.Result result = bulk.run(currentActor.require(), csv, kind, LocaleContextHolder.getLocale());
		if (accept != null && accept.startsWith("text/csv")) {
			return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.body(result.errorReport());
		}
		return ResponseEntity.ok(result);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "File a report as an agency (kind TASK_FORCE_REPORT, SUPERVISOR_FINDING or SUPERVISOR_RECOMMENDATION)")
	ResponseEntity<Filed> file(@RequestBody AgencyReport report) {
		return filed(reports.fileForAgency(currentActor.require(), kindOf(report), report.submission(), List.of()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "File a report with evidence: part 'report' (JSON) and parts 'evidence'")
	ResponseEntity<Filed> fileWithEvidence(@RequestPart("report") AgencyReport report,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) {
		return filed(reports.fileForAgency(currentActor.require(), kindOf(report), report.submission(),
				PublicReportApiController.uploads(evidence)));
	}

	private static ReportKind kindOf(AgencyReport report) {
		if (report.kind() == null) {
			throw new id.go.netra.InvalidInput.Collector().reject("kind", "validation.required").refusal();
		}
		return report.kind();
	}

	private static ResponseEntity<Filed> filed(ComplaintNumber number) {
		return ResponseEntity.created(URI.create("/api/v1/cases?complaintNumber=" + number.value()))
			.body(new Filed(number.value()));
	}
}
