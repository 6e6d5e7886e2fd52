package id.go.netra.reporting;

import java.util.Optional;
import java.util.UUID;

import id.go.netra.identity.Actor;

/**
 * The case a filed report opened, so the officer who filed it lands on it. Implemented by the module that opens
 * cases (casework), as {@link ReportProgress} is, so intake does not depend on it.
 */
public interface OpenedCases {

	/**
	 * The id of the case the report opened, if the officer's scope covers it; empty for a case outside it (a
	 * region elsewhere), which the officer may not see even though they filed its report.
	 */
	Optional<UUID> visibleTo(Actor officer, ComplaintNumber number);
}
