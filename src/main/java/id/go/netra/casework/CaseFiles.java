package id.go.netra.casework;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Reports;

/**
 * Serves a case's files: only those that belong to it (its report's evidence, review document or decree). Evidence
 * goes out without its metadata; its original only to the task force, when asked for (see ADR 0024).
 */
final class CaseFiles {

	private CaseFiles() {
	}

	/** A file part as sent, or null when none was chosen (a browser sends an empty part then). */
	static Reports.Upload upload(org.springframework.web.multipart.MultipartFile file) {
		return file == null || file.isEmpty() ? null : new Reports.Upload(file.getOriginalFilename(), file);
	}

	static ResponseEntity<Resource> download(Actor actor, CaseSnapshot c, String sha256, boolean original, Reports reports,
			EvidenceStore store, CaseHearings hearings) {
		Reports.EvidenceFile evidence = reports.evidenceFile(c.reportId(), sha256, actor, original).orElse(null);
		if (evidence != null) {
			return send(evidence.name(), evidence.mediaType(), evidence.content());
		}
		String name;
		if (c.followUp() != null && sha256.equals(c.followUp().decreeSha256())) {
			name = "sk-" + c.complaintNumber() + ".pdf";
		}
		else if (c.review() != null && sha256.equals(c.review().documentSha256())) {
			name = "kajian-" + c.complaintNumber() + ".pdf";
		}
		else {
			CaseHearings.HearingFile file = hearings.file(c.id(), sha256)
				.orElseThrow(() -> DomainException.notFound("casework.file.notFound"));
			return send(file.name(), file.mediaType(), new FileSystemResource(
					store.find(sha256).orElseThrow(() -> DomainException.notFound("casework.file.notFound"))));
		}
		return send(name, MediaType.APPLICATION_PDF_VALUE, new FileSystemResource(
				store.find(sha256).orElseThrow(() -> DomainException.notFound("casework.file.notFound"))));
	}

	private static ResponseEntity<Resource> send(String name, String mediaType, Resource content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
