package id.go.netra.personnel;

import java.time.Instant;
import java.util.List;

import id.go.netra.identity.Actor;

/**
 * The integrity pacts an employee signed, for the employee page. Held by the pacts module, which implements this,
 * so the registry shows them without depending on it.
 */
public interface EmployeePacts {

	/** One signed pact: online (with the number of the issued pact) or on paper (no number). */
	record SignedPact(String campaignTitle, String electionCode, Instant signedAt, boolean online,
			String letterNumber) {
	}

	/** The pacts the employee signed, newest first. */
	List<SignedPact> signedBy(Actor actor, String nip);

	/** Used where pacts is not part of the application. */
	EmployeePacts NONE = (actor, nip) -> List.of();
}
