package id.go.netra.reporting;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The confidential channel for an ASN under pressure, without an account. The answer is a public report's: the
 * complaint number and, once only, the receipt code; the ASN follows it at {@code /api/v1/public/reports/{number}}.
 */
@RestController
@RequestMapping("/api/v1/public/pressure-reports")
@Tag(name = "Public reports", description = "Report a suspected violation without an account, and follow it")
class PressureReportApiController {

	private final Reports reports;

	PressureReportApiController(Reports reports) {
		this.reports = reports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An ASN reports pressure to support a candidate; the reported is the person who pressed")
	ResponseEntity<PublicReportApiController.FiledView> file(@RequestBody PressureSubmission submission) {
		return PublicReportApiController.filed(reports.filePressure(submission, List.of()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The same with evidence files: part 'report' (application/json) and parts 'evidence'")
	ResponseEntity<PublicReportApiController.FiledView> fileWithEvidence(
			@RequestPart("report") PressureSubmission submission,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) {
		return PublicReportApiController.filed(reports.filePressure(submission, PublicReportApiController.uploads(evidence)));
	}
}
