package id.go.netra.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a report stands now and how it got there, as the reporter may see it. Implemented by the module that
 * handles the case (casework), so intake does not depend on it.
 */
public interface ReportProgress {

	/**
	 * {@code status} is the case's status name; {@code since} when it entered it. {@code steps} are the statuses
	 * the case went through, oldest first, each with the moment it began; {@code closingReason} names why a
	 * rejected case was closed (a reject reason's name), and is null otherwise.
	 */
	record Progress(String status, Instant since, boolean closed, List<Step> steps, String closingReason) {

		public Progress {
			steps = List.copyOf(steps);
		}
	}

	/** A status the case entered, and when. */
	record Step(String status, Instant since) {
	}

	Optional<Progress> of(ComplaintNumber complaintNumber);
}
