package id.go.netra.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as the public API and the form send it. Agencies send the same shape; their reporter block is
 * ignored, since the signed-in agency is the reporter.
 */
public record ReportSubmission(Reported reported, Incident incident, Reporter reporter, Boolean consent) {

	/** The person reported, as the reporter knows them: NIP or NIK if they have it, otherwise a name. */
	public record Reported(String nip, String nik, String name, String employer, String position) {
	}

	public record Incident(LocalDate date, String regionCode, String description, List<String> links) {
	}

	/**
	 * Contact details are dropped when the reporter asks to stay anonymous. {@code notifyOnStageChange}: mail the
	 * reporter a short notice (no case details) whenever the report moves to another stage; needs an e-mail
	 * address, so never anonymous. {@code nip}: a civil servant who reports under their own NIP (named reports only);
	 * screening watches their career for retaliation through {@link NamedReporters}.
	 */
	public record Reporter(Boolean anonymous, String name, String email, String phone, Boolean notifyOnStageChange,
			String nip) {

		/** A reporter who did not ask to hear of stage changes. */
		public Reporter(Boolean anonymous, String name, String email, String phone) {
			this(anonymous, name, email, phone, false, null);
		}

		/** A reporter who gave no NIP. */
		public Reporter(Boolean anonymous, String name, String email, String phone, Boolean notifyOnStageChange) {
			this(anonymous, name, email, phone, notifyOnStageChange, null);
		}

		/** Names nobody: a log line or an exception message that prints a submission leaks no identity. */
		@Override
		public String toString() {
			return "Reporter[anonymous=" + anonymous + ", identity withheld]";
		}
	}
}
