package id.go.netra.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds small registry files for tests: valid rows whose NIP and NIK agree, and rows broken on purpose. */
public final class RegistryFiles {

	/** Which test class took each n of {@link #valid} in this JVM. */
	private static final Map<Integer, String> OWNERS = new ConcurrentHashMap<>();

	private final List<String> lines = new ArrayList<>();

	/** A file without the EMAIL column (the addresses Netra holds stay as they are): rows of 15 fields. */
	public RegistryFiles() {
		this(RegistryCsv.HEADER.stream().filter(column -> !column.equals(RegistryCsv.EMAIL)).toList());
	}

	private RegistryFiles(List<String> header) {
		lines.add(String.join(",", header));
	}

	/** A file with every column, EMAIL before SINTETIS: rows of 16 fields. */
	public static RegistryFiles withEmail() {
		return new RegistryFiles(RegistryCsv.HEADER);
	}

	/**
	 * A NIP as BKN forms it. {@code sequence} is the last three digits, 1 to 999: Netra refuses 000 (a random 0 here
	 * once made a named report fail in CI), so a caller outside that range is a mistake in the test.
	 */
	public static String nip(LocalDate birth, int appointmentYear, boolean female, int sequence) {
		if (sequence < 1 || sequence > 999) {
			throw new IllegalArgumentException("NIP sequence must be 1 to 999, was " + sequence);
		}
		return String.format("%04d%02d%02d%04d01%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
				appointmentYear, female ? 2 : 1, sequence);
	}

	public static String nik(String regency, LocalDate birth, boolean female, int sequence) {
		return String.format("%s01%02d%02d%02d%04d", regency.replace(".", ""), birth.getDayOfMonth() + (female ? 40 : 0),
				birth.getMonthValue(), birth.getYear() % 100, sequence);
	}

	/**
	 * A valid PNS working at {@code employer} in {@code region}; returns the NIP. {@code n} from 0 to 8,999: the NIK's
	 * sequence is {@code 1000 + n}, four digits (a larger n made a NIK the import rejected, silently for the test).
	 * Each n is one person for the whole test run, so one test class owns it: all integration tests share one
	 * database, and two classes importing the same n rename and move each other's employee and find each other's
	 * cases, pass or fail by which class runs first (the order of the files on the disk). A second class asking for
	 * an n another class took fails here, naming both.
	 */
	public String valid(int n, String name, String employer, String region) {
		if (n < 0 || n >= 9000) {
			throw new IllegalArgumentException("RegistryFiles.valid takes 0 <= n < 9000, not " + n);
		}
		claim(n);
		LocalDate birth = LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28);
		boolean female = n % 2 == 0;
		// the birth date (and with it gender and appointment) repeats every 420 rows, the sequence every 800: the
		// pair every 16,800, so every n below 9,000 has a NIP of its own
		String nip = nip(birth, birth.getYear() + 25, female, 100 + n % 800);
		row(nip, nik(region, birth, female, 1000 + n), name, birth.toString(), female ? "F" : "M", "PNS", employer,
				"Dinas Pendidikan", "FUNCTIONAL", "Guru Ahli Muda", "III/c", region, "ACTIVE", "instagram:@uji" + n, "true");
		return nip;
	}

	private static void claim(int n) {
		String owner = StackWalker.getInstance()
			.walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
				.map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
				.filter(name -> name.endsWith("Tests"))
				.reduce((inner, outer) -> outer))
			.orElse(null);
		if (owner == null) {
			return;
		}
		String earlier = OWNERS.putIfAbsent(n, owner);
		if (earlier != null && !earlier.equals(owner)) {
			throw new IllegalStateException("RegistryFiles.valid(" + n + "): " + earlier + " already uses this employee,"
					+ " so " + owner + " would share its rows; give " + owner + " a number range of its own");
		}
	}

	public RegistryFiles row(String... fields) {
		List<String> quoted = new ArrayList<>();
		for (String field : fields) {
			quoted.add(field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
		}
		lines.add(String.join(",", quoted));
		return this;
	}

	public String content() {
		return String.join("\r\n", lines) + "\r\n";
	}
}
