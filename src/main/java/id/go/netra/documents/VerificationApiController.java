package id.go.netra.documents;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The verification page for machines: another agency's system checks a letter it received by its code. */
@RestController
@RequestMapping("/api/v1/public/letters")
@Tag(name = "Letter verification", description = "Check that Netra issued a letter, by the code printed on it")
class VerificationApiController {

	private final Letters letters;

	VerificationApiController(Letters letters) {
		this.letters = letters;
	}

	@GetMapping("/{code}")
	@Operation(summary = "The public facts of the letter with this verification code; 404 when Netra issued none")
	Letters.Verification verify(@PathVariable String code) {
		return letters.verify(code).orElseThrow(() -> DomainException.notFound("documents.verification.unknown"));
	}
}
