package id.go.netra.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bulk registry imports for BKN's systems: POST the CSV as the request body (streamed to disk, never held in
 * memory), then follow the import at its Location until it is DONE, and fetch the rejected rows as CSV.
 */
@RestController
@RequestMapping("/api/v1/personnel/imports")
@PreAuthorize("hasAnyRole('CIVIL_SERVICE_AGENCY', 'ADMIN')")
@Tag(name = "Personnel")
class RegistryImportApiController {

	private final RegistryImports imports;

	RegistryImportApiController(RegistryImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = { "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Imports a registry file (layout: docs/personnel-import.md); answers 202 with the queued import")
	ResponseEntity<RegistryImport> submit(@RequestParam(defaultValue = "registry.csv") String fileName,
			HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			RegistryImport queued = imports.submit(body, fileName);
			return ResponseEntity.accepted().location(URI.create("/api/v1/personnel/imports/" + queued.id())).body(queued);
		}
	}

	@GetMapping
	Page<RegistryImport> recent(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return imports.recent(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
	}

	@GetMapping("/{id}")
	RegistryImport one(@PathVariable long id) {
		return imports.find(id).orElseThrow(() -> DomainException.notFound("personnel.import.notFound", id));
	}

	@GetMapping("/{id}/errors")
	@Operation(summary = "The rejected rows: line number, key and reason, as UTF-8 CSV")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		one(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"impor-" + id + "-ditolak.csv\"");
		imports.writeErrorReport(id, response.getOutputStream());
	}
}
