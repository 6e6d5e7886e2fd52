package id.go.netra.personnel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Blocks on personnel data and services (pemblokiran, Peraturan BKN 1/2023) in force for an employee: their
 * own, or their employer's as a whole. Held by the enforcement module, which implements this, so the registry
 * can show them and the {@link PersonnelGate} can refuse without depending on it.
 */
public interface PersonnelBlocks {

	/**
	 * One block in force. {@code scope} is EMPLOYEE or EMPLOYER; {@code blocks} says what is blocked: DATA,
	 * SERVICES or BOTH.
	 */
	record ActiveBlock(UUID id, String scope, String blocks, String legalBasis, String complaintNumber,
			Instant placedAt, String placedByAgency) {
	}

	List<ActiveBlock> activeFor(String nip, String employerCode);

	/** Used where enforcement is not part of the application (the personnel module's own tests). */
	PersonnelBlocks NONE = (nip, employerCode) -> List.of();
}
