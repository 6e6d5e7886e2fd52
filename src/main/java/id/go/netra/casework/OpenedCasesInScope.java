package id.go.netra.casework;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.go.netra.identity.Actor;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.OpenedCases;

/** Tells intake's agency report form which case a report opened, within the officer's scope. */
@Component
class OpenedCasesInScope implements OpenedCases {

	private final Casework casework;

	OpenedCasesInScope(Casework casework) {
		this.casework = casework;
	}

	@Override
	public Optional<UUID> visibleTo(Actor officer, ComplaintNumber number) {
		return casework.findByComplaintNumber(officer, number.value()).map(CaseSnapshot::id);
	}
}
