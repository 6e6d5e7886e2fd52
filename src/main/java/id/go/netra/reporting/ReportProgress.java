package id.go.netra.reporting;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a report stands now, as the reporter may see it. Implemented by the module that handles the case
 * (casework), so intake does not depend on it.
 */
public interface ReportProgress {

	/** {@code status} is the case's status name; {@code since} when it entered it. */
	record Progress(String status, Instant since, boolean closed) {
	}

	Optional<Progress> of(ComplaintNumber complaintNumber);
}
