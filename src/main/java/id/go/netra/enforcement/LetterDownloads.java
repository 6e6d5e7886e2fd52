package id.go.netra.enforcement;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.casework.Casework;
import id.go.netra.documents.Letter;
import id.go.netra.documents.Letters;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The archived letters as PDF, for those who may see the case they belong to (a letter without a case, such as
 * the notice of an employer-wide block, for national bodies). Outside scope answers 404.
 */
@RestController
@Tag(name = "Letters", description = "Recommendation, warning, reprimand and block letters")
class LetterDownloads {

	private final Letters letters;
	private final Casework casework;
	private final CurrentActor currentActor;

	LetterDownloads(Letters letters, Casework casework, CurrentActor currentActor) {
		this.letters = letters;
		this.casework = casework;
		this.currentActor = currentActor;
	}

	@GetMapping({ "/api/v1/letters/{id}", "/kasus/surat/{id}" })
	@Operation(summary = "A letter as PDF, if the caller may see its case")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		Actor actor = currentActor.require();
		Letter letter = letters.find(id).filter(l -> visible(actor, l))
			.orElseThrow(() -> DomainException.notFound("enforcement.letter.notFound", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(letter.number().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf")
				.build()
				.toString())
			.body(letters.pdf(id));
	}

	private boolean visible(Actor actor, Letter letter) {
		if (letter.caseId() != null) {
			return casework.find(actor, letter.caseId()).isPresent();
		}
		try {
			return EnforcementScope.of(actor).employerCode() == null;
		}
		catch (DomainException outOfScope) {
			return false;
		}
	}
}
