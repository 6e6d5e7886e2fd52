package id.go.netra.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * With which keys Netra seals its documents ({@code netra.signing.*}). Each letter is sealed (PAdES) with the key of
 * the agency that issues it: its own PKCS#12 file when configured, else the operator's, else, in demo mode, a demo
 * certificate Netra issues itself.
 *
 * @param agencies PKCS#12 files by agency code ({@code netra.signing.agencies.BKN.keystore=/etc/netra/bkn.p12},
 * {@code .password}, {@code .alias} when the file holds several keys)
 * @param operator the key for every agency without its own (the agency that runs Netra); optional
 * @param trustAnchors CA certificates (PEM or DER files) a verification trusts besides the demo authority: the
 * roots of the agencies' certificates (BSrE's, for instance)
 * @param demoAuthority whether Netra issues demo certificates (marked DEMO, trusted by no one else) to agencies
 * without a key; unset, it follows demo mode (the embedded database)
 */
@ConfigurationProperties("netra.signing")
record SigningSettings(Map<String, Keystore> agencies, Keystore operator, List<Path> trustAnchors,
		Boolean demoAuthority) {

	/** One PKCS#12 file: where, its password, and which key in it (optional when it holds one). */
	record Keystore(Path keystore, String password, String alias) {

		Keystore {
			if (keystore == null) {
				throw new IllegalArgumentException("a netra.signing key needs its keystore file (.keystore)");
			}
			if (!Files.isReadable(keystore)) {
				throw new IllegalArgumentException("Netra cannot read the keystore " + keystore);
			}
			if (password == null) {
				throw new IllegalArgumentException("the keystore " + keystore + " needs its .password");
			}
			alias = alias == null || alias.isBlank() ? null : alias.strip();
		}
	}

	SigningSettings {
		TreeMap<String, Keystore> byCode = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (agencies != null) {
			byCode.putAll(agencies);
		}
		agencies = byCode;
		trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
		for (Path anchor : trustAnchors) {
			if (!Files.isReadable(anchor)) {
				throw new IllegalArgumentException("Netra cannot read the trust anchor " + anchor);
			}
		}
	}
}
