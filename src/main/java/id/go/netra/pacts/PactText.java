package id.go.netra.pacts;

import java.util.Arrays;
import java.util.List;

/** One version of the pact's wording: its paragraphs, its legal basis and the SHA-256 of both. */
record PactText(int version, String body, String legalBasis, String sha256) {

	List<String> paragraphs() {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}
}
