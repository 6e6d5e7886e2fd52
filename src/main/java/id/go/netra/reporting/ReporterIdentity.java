package id.go.netra.reporting;

/**
 * Who a named public reporter is: stored only sealed ({@link ReporterSeal}) and opened for the task force on a
 * stated reason ({@link Reports#revealReporter}). Its {@code toString} names nobody, so a log line or an exception
 * message that prints it leaks nothing.
 */
public record ReporterIdentity(String name, String email, String phone, String nip) {

	/** A citizen: no NIP. The NIP is kept only for an ASN who reports pressure and chooses to name themself. */
	public ReporterIdentity(String name, String email, String phone) {
		this(name, email, phone, null);
	}

	/** Nothing to seal: a reporter who gave no contact at all is kept as anonymous. */
	boolean empty() {
		return name == null && email == null && phone == null && nip == null;
	}

	@Override
	public String toString() {
		return "ReporterIdentity[sealed]";
	}
}
