package id.go.netra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The rows of {@code demo/accounts.csv}, read as a newcomer would read the file. */
public record DemoAccountRows(String role, String agency, String username, String password, String clientId,
		String clientSecret) {

	public static List<DemoAccountRows> all() {
		try (InputStream in = DemoAccountRows.class.getResourceAsStream("/demo/accounts.csv")) {
			List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
			return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1))
				.map(f -> new DemoAccountRows(f[0], f[1], f[2], f[3], f[4], f[5]))
				.toList();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static DemoAccountRows of(String role) {
		return all().stream().filter(row -> row.role().equals(role)).findFirst().orElseThrow();
	}
}
