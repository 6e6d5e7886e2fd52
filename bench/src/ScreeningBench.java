import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Party membership screening (issue 23): a synthetic party list of {@code listRows} rows sent through
 * {@code POST /api/v1/screening/party-members} against the registry bench/run imported, and Netra's match
 * (exact NIK, or the normalised name and the birth date, per employee and party one lead) beside a plain join
 * baseline in the same run: the same two joins on the raw columns ({@code e.nik = m.nik}, {@code e.name = m.name and
 * e.birth_date = m.birth_date}) counted over JDBC on the same tables, with the same work_mem.
 * <p>
 * The list is made from the registry file (every row synthetic): of every fourth employee a row, in turn with the
 * exact NIK and a name as a party might write it, with titles and capitals and no NIK, and as a namesake born a day
 * later (a near miss), until {@code listRows} rows; a quarter more rows are people who are not in the registry.
 */
public class ScreeningBench {

	static void run(Connection db, String base, String token, Path registry, long rows, long listRows, Path work)
			throws Exception {
		if (RegistryBench.count(db) < rows) {
			RegistryBench.importThroughNetra(base, token, registry);
		}
		RegistryBench.settle(db);
		Path list = work.resolve("party-list-" + listRows + ".csv");
		long[] planted = writeList(registry, list, listRows);
		Path body = work.resolve("party-list-" + listRows + ".multipart");
		String boundary = "netra-bench-" + System.nanoTime();
		try (OutputStream out = Files.newOutputStream(body)) {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"party\"\r\n\r\nPARTAI SINTETIS\r\n"
					+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + list.getFileName()
					+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			Files.copy(list, out);
			out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		long start = System.nanoTime();
		HttpResponse<String> answer = RegistryBench.HTTP.send(HttpRequest.newBuilder(URI.create(base
				+ "/api/v1/screening/party-members"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(java.time.Duration.ofMinutes(30))
			.POST(HttpRequest.BodyPublishers.ofFile(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		double importSeconds = RegistryBench.seconds(start);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("party list refused: " + answer.statusCode() + " " + answer.body());
		}
		String summary = answer.body().length() > 600 ? answer.body().substring(0, 600) + "..." : answer.body();
		System.err.println("   party list answered in " + String.format(Locale.ROOT, "%.1f", importSeconds) + " s: "
				+ summary);
		double matchSeconds = number(answer.body(), "matchMillis") / 1000.0;
		long leads = (long) number(answer.body(), "leadsAdded");
		long listId = (long) number(answer.body(), "listId");

		long baseStart = System.nanoTime();
		long baselinePairs;
		try (Statement statement = db.createStatement()) {
			db.setAutoCommit(false);
			statement.execute("set local work_mem = '256MB'");
			baselinePairs = count(statement, "select count(*) from party_member m join employee e on e.nik = m.nik"
					+ " where m.list_id = " + listId)
					+ count(statement, "select count(*) from party_member m join employee e on e.name = m.name"
							+ " and e.birth_date = m.birth_date where m.list_id = " + listId);
			db.commit();
			db.setAutoCommit(true);
		}
		double baselineSeconds = RegistryBench.seconds(baseStart);
		RegistryBench.NOTES.add(String.format(Locale.ROOT,
				"party screening: %,d list rows (%,d with the exact NIK, %,d by name with titles, %,d namesakes born a day"
						+ " later, %,d outside the registry) against %,d employees: %,d leads; the plain join paired %,d;"
						+ " the whole request (upload, parse, store, match) %.1f s",
				listRows, planted[0], planted[1], planted[2], planted[3], RegistryBench.count(db), leads, baselinePairs,
				importSeconds));
		RegistryBench.RESULTS.add(new RegistryBench.Result("party screening, match",
				"seconds (" + listRows + " list rows x " + rows + " employees)", matchSeconds, "s", baselineSeconds,
				matchSeconds / baselineSeconds, "< 60 s", matchSeconds < 60));
	}

	/** Writes the list; returns how many rows of each kind (exact NIK, titled name, namesake, outsider). */
	static long[] writeList(Path registry, Path list, long listRows) throws IOException {
		long[] kinds = new long[4];
		try (BufferedReader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8);
				BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
			out.write("NIK,NAMA,TANGGAL_LAHIR,PARTAI,KEPENGURUSAN\r\n");
			in.readLine();
			long written = 0;
			long n = 0;
			for (String line = in.readLine(); line != null && written < listRows; line = in.readLine(), n++) {
				if (n % 4 != 0) {
					continue;
				}
				String[] f = line.split(",", -1); // NIP, NIK, NAMA, TGL_LAHIR ... (synthetic names have no commas)
				String name = f[2];
				LocalDate birth = LocalDate.parse(f[3]);
				int kind = (int) (written % 4);
				switch (kind) {
					case 0 -> out.write(f[1] + "," + name + " Sintetis," + birth + ",PARTAI SINTETIS,Anggota\r\n");
					case 1 -> out.write(",\"H. " + name.toUpperCase(Locale.ROOT) + ", S.Pd.\"," + birth
							+ ",PARTAI SINTETIS,Pengurus\r\n");
					case 2 -> out.write("," + name + "," + birth.plusDays(1) + ",PARTAI SINTETIS,Anggota\r\n");
					default -> out.write(",Orang Luar Sintetis " + toLetters(written) + "," + birth
							+ ",PARTAI SINTETIS,Anggota\r\n");
				}
				kinds[kind]++;
				written++;
			}
		}
		return kinds;
	}

	/** A number as letters (a name word), so every outsider has a name of their own. */
	static String toLetters(long n) {
		StringBuilder letters = new StringBuilder();
		do {
			letters.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return letters.toString();
	}

	static long count(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static double number(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + field + " in " + json);
		}
		return Double.parseDouble(m.group(1));
	}
}
