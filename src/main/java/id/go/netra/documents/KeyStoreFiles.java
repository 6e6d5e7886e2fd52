package id.go.netra.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;

/**
 * PKCS#12 files holding one key and its certificate chain: the demo authorities' own (made on first use, under the
 * data directory) and the agencies' seals an operator configures.
 */
final class KeyStoreFiles {

	private KeyStoreFiles() {
	}

	/** A key and its chain, the key's own certificate first. */
	record Entry(PrivateKey key, List<X509Certificate> chain) {

		Entry {
			chain = List.copyOf(chain);
		}

		X509Certificate certificate() {
			return chain.get(0);
		}
	}

	/** The key under {@code alias}, or under the file's only key entry when alias is null. */
	static Entry read(Path file, char[] password, String alias) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		}
		String name = alias != null ? alias : onlyKey(store, file);
		if (!store.isKeyEntry(name)) {
			throw new GeneralSecurityException(file + " holds no key under the alias '" + name + "'");
		}
		PrivateKey key = (PrivateKey) store.getKey(name, password);
		Certificate[] chain = store.getCertificateChain(name);
		return new Entry(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
	}

	/** Written beside and moved into place, readable by the owner only, so a crash leaves no half-written file. */
	static void write(Path file, String alias, Entry entry, char[] password)
			throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(alias, entry.key(), password, entry.chain().toArray(Certificate[]::new));
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path next = Files.createTempFile(directory, file.getFileName().toString(), ".next", ownerOnly());
		try (OutputStream out = Files.newOutputStream(next)) {
			store.store(out, password);
		}
		Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String onlyKey(KeyStore store, Path file) throws GeneralSecurityException {
		String found = null;
		for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements();) {
			String alias = aliases.nextElement();
			if (store.isKeyEntry(alias)) {
				if (found != null) {
					throw new GeneralSecurityException(file + " holds several keys; name the one to use with an alias");
				}
				found = alias;
			}
		}
		if (found == null) {
			throw new GeneralSecurityException(file + " holds no key");
		}
		return found;
	}

	private static FileAttribute<?>[] ownerOnly() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}
}
