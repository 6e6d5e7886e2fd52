package id.go.netra.reporting;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reporting without an account. The receipt code is the reporter's only key: it comes back once, in the
 * answer to the filing, and every later call proves itself with it in the {@code X-Receipt-Code} header. A
 * wrong code answers exactly like an unknown number, and wrong tries are limited.
 */
@RestController
@RequestMapping("/api/v1/public/reports")
@Tag(name = "Public reports", description = "Report a suspected violation without an account, and follow it")
class PublicReportApiController {

	static final String RECEIPT_HEADER = "X-Receipt-Code";

	record FiledView(String complaintNumber, String receiptCode) {
	}

	record MessageRequest(String body, List<String> links) {
	}

	record MessageView(Report.Author author, String body, Instant createdAt) {
	}

	record EvidenceView(EvidenceKind kind, String mediaType, String name, String url, Instant addedAt) {
	}

	record StatusView(String complaintNumber, String status, String statusLabel, Instant since, boolean closed,
			String closingReason, List<ReportProgressView.Step> timeline, Instant filedAt, List<MessageView> messages,
			List<EvidenceView> evidence) {
	}

	private final Reports reports;
	private final ReportProgressView progress;
	private final ReceiptPdf pdf;

	PublicReportApiController(Reports reports, ReportProgressView progress, ReceiptPdf pdf) {
		this.reports = reports;
		this.progress = progress;
		this.pdf = pdf;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "File a report; the answer holds the complaint number and, once only, the receipt code")
	ResponseEntity<FiledView> file(@RequestBody ReportSubmission submission) {
		return filed(reports.filePublic(submission, List.of()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "File a report with evidence files: part 'report' (application/json) and parts 'evidence'")
	ResponseEntity<FiledView> fileWithEvidence(@RequestPart("report") ReportSubmission submission,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) {
		return filed(reports.filePublic(submission, uploads(evidence)));
	}

	@GetMapping("/{complaintNumber}")
	@Operation(summary = "The public status of a report, with the task force's questions and the answers")
	StatusView status(@PathVariable String complaintNumber, @RequestHeader(name = RECEIPT_HEADER, required = false) String code,
			HttpServletRequest request) {
		Report report = reporterView(complaintNumber, code, request);
		return statusOf(report);
	}

	@PostMapping(path = "/{complaintNumber}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Answer the task force, or add links, with the receipt code; 409 once the case is closed")
	StatusView answer(@PathVariable String complaintNumber, @RequestHeader(name = RECEIPT_HEADER, required = false) String code,
			@RequestBody MessageRequest message, HttpServletRequest request) {
		reports.answer(complaintNumber, code, request.getRemoteAddr(), message.body(), message.links(), List.of());
		return statusOf(reporterView(complaintNumber, code, request));
	}

	@PostMapping(path = "/{complaintNumber}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Answer with evidence files: part 'message' (application/json) and parts 'evidence'")
	StatusView answerWithEvidence(@PathVariable String complaintNumber,
			@RequestHeader(name = RECEIPT_HEADER, required = false) String code,
			@RequestPart(name = "message", required = false) MessageRequest message,
			@RequestPart(name = "evidence", required = false) List<MultipartFile> evidence, HttpServletRequest request) {
		MessageRequest text = message == null ? new MessageRequest(null, List.of()) : message;
		reports.answer(complaintNumber, code, request.getRemoteAddr(), text.body(), text.links(), uploads(evidence));
		return statusOf(reporterView(complaintNumber, code, request));
	}

	@GetMapping(path = "/{complaintNumber}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The proof of filing as PDF, made from the receipt code the reporter holds")
	ResponseEntity<byte[]> receipt(@PathVariable String complaintNumber,
			@RequestHeader(name = RECEIPT_HEADER, required = false) String code, HttpServletRequest request) {
		Report report = reporterView(complaintNumber, code, request);
		return pdfResponse(pdf.render(report, code.trim(), LocaleContextHolder.getLocale()), report.complaintNumber());
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] body, ComplaintNumber number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("bukti-pelaporan-" + number.value() + ".pdf")
				.build()
				.toString())
			.header("Cache-Control", "no-store")
			.body(body);
	}

	private Report reporterView(String complaintNumber, String code, HttpServletRequest request) {
		return reports.findForReporter(complaintNumber, code, request.getRemoteAddr())
			.orElseThrow(() -> DomainException.notFound("reporting.receipt.wrong"));
	}

	private StatusView statusOf(Report report) {
		ReportProgressView.Shown shown = progress.of(report);
		List<MessageView> messages = reports.messages(report.id())
			.stream()
			.map(m -> new MessageView(m.author(), m.body(), m.createdAt()))
			.toList();
		List<EvidenceView> evidence = reports.evidence(report.id())
			.stream()
			.map(e -> new EvidenceView(e.kind(), e.mediaType(), e.originalName(), e.url(), e.addedAt()))
			.toList();
		return new StatusView(report.complaintNumber().value(), shown.status(), shown.label(), shown.since(),
				shown.closed(), shown.closingReason(), shown.timeline(), report.filedAt(), messages, evidence);
	}

	static ResponseEntity<FiledView> filed(Reports.Filed filed) {
		return ResponseEntity.created(URI.create("/api/v1/public/reports/" + filed.complaintNumber().value()))
			.header("Cache-Control", "no-store")
			.body(new FiledView(filed.complaintNumber().value(), filed.receiptCode()));
	}

	static List<Reports.Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(file -> !file.isEmpty())
			.map(file -> new Reports.Upload(file.getOriginalFilename(), file))
			.toList();
	}
}
