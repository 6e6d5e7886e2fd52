package id.go.netra.casework;

import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.go.netra.DomainException;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Report;
import id.go.netra.reporting.Reports;

/** Serves a case's files: only those that belong to it (its report's evidence, review document or decree). */
final class CaseFiles {

	private CaseFiles() {
	}

	/** A file part as sent, or null when none was chosen (a browser sends an empty part then). */
	static Reports.Upload upload(org.springframework.web.multipart.MultipartFile file) {
		return file == null || file.isEmpty() ? null : new Reports.Upload(file.getOriginalFilename(), file);
	}

	static ResponseEntity<FileSystemResource> download(Case c, String sha256, Reports reports, EvidenceStore store) {
		String mediaType;
		String name;
		Report.Evidence evidence = reports.evidence(c.reportId())
			.stream()
			.filter(e -> sha256.equals(e.sha256()))
			.findFirst()
			.orElse(null);
		if (evidence != null) {
			mediaType = evidence.mediaType();
			name = evidence.originalName() == null ? sha256 : evidence.originalName();
		}
		else if (c.followUp() != null && sha256.equals(c.followUp().decreeSha256())) {
			mediaType = MediaType.APPLICATION_PDF_VALUE;
			name = "sk-" + c.complaintNumber() + ".pdf";
		}
		else if (c.review() != null && sha256.equals(c.review().documentSha256())) {
			mediaType = MediaType.APPLICATION_PDF_VALUE;
			name = "kajian-" + c.complaintNumber() + ".pdf";
		}
		else {
			throw DomainException.notFound("casework.file.notFound");
		}
		Path path = store.find(sha256).orElseThrow(() -> DomainException.notFound("casework.file.notFound"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header("Content-Disposition", ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}
}
