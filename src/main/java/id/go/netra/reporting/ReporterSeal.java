package id.go.netra.reporting;

import org.springframework.stereotype.Component;

import id.go.netra.keys.Envelopes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a reporter's identity for its one place, {@code report.reporter_identity} of one row: a fresh data key per
 * report (envelope encryption, ADR 0022) and the table, column and row id as associated data, so a sealed
 * identity copied to another report does not open there.
 */
@Component
class ReporterSeal {

	private final Envelopes envelopes;
	private final JsonMapper json = JsonMapper.builder().build();

	ReporterSeal(Envelopes envelopes) {
		this.envelopes = envelopes;
	}

	/** The sealed identity, or null when there is nobody to name. */
	String seal(long reportId, ReporterIdentity identity) {
		if (identity == null || identity.empty()) {
			return null;
		}
		return envelopes.sealText(json.writeValueAsString(new Stored(identity.name(), identity.email(),
				identity.phone(), identity.nip())), context(reportId));
	}

	ReporterIdentity open(long reportId, String sealed) {
		if (sealed == null) {
			return null;
		}
		Stored stored = json.readValue(envelopes.openText(sealed, context(reportId)), Stored.class);
		return new ReporterIdentity(stored.name(), stored.email(), stored.phone(), stored.nip());
	}

	private static String context(long reportId) {
		return "report:" + reportId + ":reporter_identity";
	}

	/** The sealed JSON; a record of its own so that the public type's masked toString stays out of it. */
	record Stored(String name, String email, String phone, String nip) {
	}
}
