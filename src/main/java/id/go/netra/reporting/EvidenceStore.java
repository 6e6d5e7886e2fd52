package id.go.netra.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.go.netra.DomainException;

/**
 * Files kept content-addressed under {@code <data-dir>/evidence/ab/cd/<sha256>}: the same file stored twice is
 * kept once, a stored file can be checked against its name, and nothing is overwritten. A file reaches its
 * final name only after it is written and forced to disk, so a crash leaves either the whole file or none.
 */
@Component
public class EvidenceStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/** A stored file: its SHA-256, size and the type recognised from its content. */
	public record StoredFile(String sha256, long size, String mediaType, EvidenceKind kind) {
	}

	private final Path root;

	EvidenceStore(@Value("${netra.data-dir}") String dataDir) {
		this.root = Paths.get(dataDir, "evidence");
	}

	/**
	 * Stores a file whose type must be one of {@code allowed}; refuses an unrecognised type or a file over its
	 * type's limit with a message naming the file.
	 */
	public StoredFile store(String name, InputStream content, java.util.Set<EvidenceKind> allowed) {
		return store(name, content, allowed, "reporting.evidence.type");
	}

	/**
	 * As {@link #store(String, InputStream, java.util.Set)}, refusing a file of another type with
	 * {@code wrongTypeMessage} (its argument the file's name), so a form that takes fewer types lists those.
	 */
	public StoredFile store(String name, InputStream content, java.util.Set<EvidenceKind> allowed,
			String wrongTypeMessage) {
		try {
			Files.createDirectories(root);
			Path partial = Files.createTempFile(root, "incoming-", ".part");
			try {
				byte[] head = content.readNBytes(EvidenceType.SIGNATURE_LENGTH);
				EvidenceType type = EvidenceType.recognise(head)
					.filter(recognised -> allowed.contains(recognised.kind()))
					.orElseThrow(() -> DomainException.invalid(wrongTypeMessage, displayName(name)));
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				long size;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
					out.write(head);
					size = head.length + copyAtMost(content, out, type.maxBytes() - head.length);
				}
				if (size > type.maxBytes()) {
					throw DomainException.invalid("reporting.evidence.tooLarge", displayName(name), type.maxMegabytes());
				}
				String hash = HexFormat.of().formatHex(sha.digest());
				Path target = pathOf(hash);
				if (!Files.exists(target)) {
					force(partial);
					Files.createDirectories(target.getParent());
					moveAtomically(partial, target);
				}
				return new StoredFile(hash, size, type.mediaType(), type.kind());
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The stored file with this SHA-256, if there is one. */
	public Optional<Path> find(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		Path path = pathOf(sha256);
		return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	/**
	 * Deletes the stored file with this SHA-256, once no record needs it any more (retention, ADR 0029); the
	 * caller has checked that. Answers whether there was a file to delete.
	 */
	public boolean forget(String sha256) {
		try {
			return find(sha256).isPresent() && Files.deleteIfExists(pathOf(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path pathOf(String hash) {
		return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
	}

	/** Copies up to {@code limit + 1} bytes, so the caller sees that the limit was passed without reading it all. */
	private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long copied = 0;
		int read;
		while (copied <= limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - copied))) > 0) {
			out.write(buffer, 0, read);
			copied += read;
		}
		return copied;
	}

	private static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String displayName(String name) {
		return name == null || name.isBlank() ? "?" : name.length() > 80 ? name.substring(0, 80) : name;
	}
}
