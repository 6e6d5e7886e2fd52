package id.go.netra.enforcement;

import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.go.netra.TableFiles;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The discipline register exchanged with I'DIS as CSV files (layout: {@link IdisFile}). */
@RestController
@RequestMapping("/api/v1/discipline/idis")
@Tag(name = "Discipline register", description = "Every sanction imposed on a neutrality case (I'DIS)")
class IdisApiController {

	private final IdisImport idis;
	private final CurrentActor currentActor;

	IdisApiController(IdisImport idis, CurrentActor currentActor) {
		this.idis = idis;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "The register in the I'DIS layout (nip, nama, instansi, jenis_sanksi, nomor_sk, tanggal_sk,"
			+ " dasar_hukum, mulai, selesai, tingkat, nomor_pengaduan, sumber); a PPK gets its own employer's")
	ResponseEntity<StreamingResponseBody> export() {
		var actor = currentActor.require();
		return ResponseEntity.ok()
			.contentType(TableFiles.CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"register-disiplin-idis.csv\"")
			.body(out -> {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				idis.export(actor, writer);
				writer.flush();
			});
	}

	@PostMapping
	@Operation(summary = "BKN: sanctions decided outside Netra, as an I'DIS CSV file, into the register; all or nothing:"
			+ " 400 lists every problem by line and column in words and enters none; a decree already in the register"
			+ " (same NIP and decree number) is counted, not entered again")
	ResponseEntity<IdisImport.Outcome> importFile(HttpServletRequest request, Locale locale) throws java.io.IOException {
		IdisImport.Outcome outcome = idis.importFile(currentActor.require(),
				new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), locale);
		return outcome.problems().isEmpty() ? ResponseEntity.ok(outcome) : ResponseEntity.badRequest().body(outcome);
	}
}
