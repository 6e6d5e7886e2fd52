package id.go.netra.documents;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who signs each agency's letters, for administrators. */
@RestController
@RequestMapping("/api/v1/letter-signatories")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Letter signatories", description = "The official named in the signature block of an agency's letters")
class SignatoryApiController {

	/** The official to record: name with titles, NIP (18 digits), position as the letter names it. */
	record SignatoryForm(String name, String nip, String position) implements java.io.Serializable {
	}

	private final LetterSignatories signatories;

	SignatoryApiController(LetterSignatories signatories) {
		this.signatories = signatories;
	}

	@GetMapping
	@Operation(summary = "The officials on record, by agency code")
	List<LetterSignatory> all() {
		return signatories.all();
	}

	@GetMapping("/{agencyCode}")
	@Operation(summary = "The official who signs the agency's letters; 404 when none is on record")
	LetterSignatory one(@PathVariable String agencyCode) {
		return signatories.of(agencyCode).orElseThrow(() -> DomainException.notFound("documents.signatory.notFound"));
	}

	@PutMapping("/{agencyCode}")
	@Operation(summary = "Records who signs the agency's letters from now on")
	LetterSignatory record(@PathVariable String agencyCode, @RequestBody(required = false) SignatoryForm form) {
		SignatoryForm given = form == null ? new SignatoryForm(null, null, null) : form;
		return signatories.record(agencyCode, given.name(), given.nip(), given.position());
	}

	@DeleteMapping("/{agencyCode}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes the official: letters then name the position only")
	void remove(@PathVariable String agencyCode) {
		signatories.remove(agencyCode);
	}
}
