package id.go.netra.monitoring;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A crawler's or a platform tool's export file sent as it is, with the same per-row report as the upload page. */
@RestController
@RequestMapping("/api/v1/monitoring/posts/import")
@Tag(name = "Monitoring")
class PostImportApiController {

	private final PostUpload upload;
	private final CurrentActor currentActor;

	PostImportApiController(PostUpload upload, CurrentActor currentActor) {
		this.upload = upload;
		this.currentActor = currentActor;
	}

	@PostMapping(consumes = { "text/csv", "application/x-ndjson", "application/jsonl" })
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Send a file of posts: CSV (platform,url,author,postedAt,text,media; or tautan, penulis, "
			+ "waktu, teks) or JSON Lines. Good rows come in (each post once per platform and address), wrong rows are "
			+ "answered by line with what is wrong; ask for text/csv to get only the refused rows back as CSV.")
	ResponseEntity<?> importFile(@RequestBody(required = false) byte[] content,
			@RequestHeader(name = "Content-Type", required = false) String contentType,
			@RequestParam(required = false) String fileName,
			@RequestHeader org.springframework.http.HttpHeaders headers) {
		PostUpload.Summary summary = upload.run(currentActor.require(), fileName, contentType, content,
				LocaleContextHolder.getLocale());
		if (headers.getAccept().stream().anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()))) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.body(summary.refusedCsv());
		}
		return ResponseEntity.ok(summary);
	}
}
