package id.go.netra.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One save of a case: the transitions it went through in that save (only those other modules hear of, see
 * {@link Transition#announced()}), its status before, and the case as it then stood. Listeners work from the
 * snapshot without loading the case again; one that may see events out of order keeps the {@code version} it
 * last applied and ignores older ones.
 *
 * @param statusBefore the status before the save; null when the case was opened by it
 */
public record CaseChanged(UUID caseId, int version, List<Transition> transitions, CaseStatus statusBefore,
		CaseSnapshot snapshot, Instant at) {

	public CaseChanged {
		transitions = List.copyOf(transitions);
	}

	public boolean includes(Transition transition) {
		return transitions.contains(transition);
	}

	/** Whether any of these transitions happened: how a module selects the events it acts on. */
	public boolean includesAny(Set<Transition> wanted) {
		return transitions.stream().anyMatch(wanted::contains);
	}

	/** Whether the case was opened by this save. */
	public boolean opened() {
		return statusBefore == null;
	}

	/** Whether an existing case moved to another status. */
	public boolean statusChanged() {
		return statusBefore != null && statusBefore != snapshot.status();
	}

	/** Whether the case is now in the hands of an agency that must act (handed over, or its status changed). */
	public boolean handedOver() {
		return transitions.stream().anyMatch(Transition::handsOver) || statusChanged();
	}
}
