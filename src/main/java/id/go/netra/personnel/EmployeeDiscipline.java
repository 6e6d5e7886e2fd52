package id.go.netra.personnel;

import java.time.LocalDate;
import java.util.List;

import id.go.netra.identity.Actor;

/**
 * The sanctions an employee received on neutrality cases, for the employee page. Kept in the discipline register
 * of the enforcement module, which implements this, so the registry can show them without depending on it.
 */
public interface EmployeeDiscipline {

	/** One sanction: its catalogue code, the case, and the PPK's decree. */
	record Sanctioned(String sanctionCode, String complaintNumber, String decreeNumber, LocalDate decreeDate,
			LocalDate effectiveOn, LocalDate endsOn) {
	}

	/** The employee's sanctions the actor may see, oldest decree first. */
	List<Sanctioned> sanctionsOf(Actor actor, String nip);

	/** Used where enforcement is not part of the application (the personnel module's own tests). */
	EmployeeDiscipline NONE = (actor, nip) -> List.of();
}
