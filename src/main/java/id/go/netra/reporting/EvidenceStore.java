package id.go.netra.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.go.netra.DataDirectory;
import id.go.netra.DomainException;
import id.go.netra.keys.SealedStreams;

/**
 * Files under {@code <data-dir>/evidence}. What may be shared is kept content-addressed in plain
 * ({@code ab/cd/<sha256>}): an officer's document as sent, a reporter's picture or PDF as its cleaned copy (see
 * {@link MetadataCleaner}). The original of every piece of evidence is kept sealed ({@code sealed/ab/<sha256 of the
 * original>}, under {@link SealedStreams}), for the task force and forensics only; a video, which Netra cannot
 * clean, is kept sealed only.
 * <p>
 * A file is checked whole (type, size, structure) before anything is kept; what passes is written beside the
 * store and reaches its final name only when the transaction that records it commits, so a refused request (a
 * wrong second file, a role not allowed, a rolled-back insert) leaves nothing behind. A file is forced to disk
 * before it is moved to its name, so a crash leaves either the whole file or none.
 */
@Component
public class EvidenceStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/**
	 * A stored file: {@code sha256} names what may be shared (the cleaned copy; a video's original, which is not
	 * shared), {@code originalSha256} the sealed original (null for an officer's document, kept as sent).
	 */
	public record StoredFile(String sha256, long size, String mediaType, EvidenceKind kind, String originalSha256,
			Long originalSize) {
	}

	private final Path root;
	private final SealedStreams sealed;
	private final EvidenceVault vault;

	EvidenceStore(DataDirectory dataDirectory, SealedStreams sealed, EvidenceVault vault) {
		this.root = dataDirectory.resolve("evidence");
		this.sealed = sealed;
		this.vault = vault;
	}

	/**
	 * Stores an officer's document as sent (a decree, a review), whose type must be one of {@code allowed},
	 * refusing another type with {@code wrongTypeMessage} (its argument the file's name).
	 */
	public StoredFile store(String name, InputStream content, Set<EvidenceKind> allowed, String wrongTypeMessage) {
		return receive(name, content, allowed, wrongTypeMessage, (incoming, staged) -> {
			if (incoming.type().kind() != EvidenceKind.VIDEO) {
				check(name, incoming.type(), Files.readAllBytes(incoming.file()));
			}
			else {
				checkVideo(name, incoming);
			}
			staged.add(new Staged(incoming.file(), plainPath(incoming.sha256())));
			return new StoredFile(incoming.sha256(), incoming.size(), incoming.type().mediaType(), incoming.type().kind(),
					null, null);
		});
	}

	/**
	 * Stores a piece of evidence: checked, its original sealed, and (for pictures and PDFs) a cleaned copy for
	 * everyone but the task force. Refuses a type outside {@code allowed}, a file over its type's limit, a file
	 * not built as its type says, and a PDF that cannot be cleaned, each with a message naming the file.
	 */
	public StoredFile storeEvidence(String name, InputStream content, Set<EvidenceKind> allowed) {
		return receive(name, content, allowed, "reporting.evidence.type", (incoming, staged) -> {
			EvidenceType type = incoming.type();
			if (type.kind() == EvidenceKind.VIDEO) {
				checkVideo(name, incoming);
				staged.add(new Staged(seal(incoming), sealedPath(incoming.sha256())));
				return new StoredFile(incoming.sha256(), incoming.size(), type.mediaType(), type.kind(), incoming.sha256(),
						incoming.size());
			}
			byte[] original = Files.readAllBytes(incoming.file());
			check(name, type, original);
			byte[] cleaned = clean(name, type, original);
			staged.add(new Staged(seal(incoming), sealedPath(incoming.sha256())));
			String cleanedSha = sha256(cleaned);
			Path cleanedCopy = Files.createTempFile(root, "incoming-", ".part");
			Files.write(cleanedCopy, cleaned);
			staged.add(new Staged(cleanedCopy, plainPath(cleanedSha)));
			return new StoredFile(cleanedSha, cleaned.length, type.mediaType(), type.kind(), incoming.sha256(),
					incoming.size());
		});
	}

	/**
	 * Stores a record Netra made itself (a monitored post's forensic snapshot, its timestamp token) exactly as
	 * given: neither sniffed nor cleaned nor sealed, since a single changed byte would break the hash and the
	 * timestamp that vouch for it. Kept under its SHA-256 like every other file.
	 */
	public StoredFile storeRecord(byte[] content, String mediaType) {
		List<Staged> staged = new ArrayList<>();
		boolean handedOver = false;
		try {
			Files.createDirectories(root);
			String sha256 = sha256(content);
			Path partial = Files.createTempFile(root, "incoming-", ".part");
			Files.write(partial, content);
			staged.add(new Staged(partial, plainPath(sha256)));
			handOver(staged);
			handedOver = true;
			return new StoredFile(sha256, content.length, mediaType, EvidenceKind.CAPTURE, null, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (!handedOver) {
				staged.forEach(s -> deleteQuietly(s.file()));
			}
		}
	}

	/** The plain stored file with this SHA-256 (a cleaned copy, an officer's document, or evidence kept before sealing). */
	public Optional<Path> find(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		Path path = plainPath(sha256);
		return kept(path) ? Optional.of(path) : Optional.empty();
	}

	/**
	 * Whether the file is kept: in the directory; with the evidence in the database, there (a node's directory is
	 * only its cache: filled on first read, emptied of what was erased).
	 */
	private boolean kept(Path path) {
		if (!vault.enabled()) {
			return Files.isRegularFile(path);
		}
		String name = nameOf(path);
		if (!vault.has(name)) {
			deleteQuietly(path);
			return false;
		}
		return Files.isRegularFile(path) || vault.copyTo(name, path);
	}

	private String nameOf(Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	/** Whether the sealed original with this SHA-256 is kept. */
	boolean hasOriginal(String originalSha256) {
		return originalSha256 != null && SHA256.matcher(originalSha256).matches() && kept(sealedPath(originalSha256));
	}

	/** The original's plain bytes, opened as they are read (for the task force only: the caller decides). */
	InputStream openOriginal(String originalSha256) throws IOException {
		if (!hasOriginal(originalSha256)) {
			throw DomainException.notFound("casework.file.notFound");
		}
		return sealed.opening(Files.newInputStream(sealedPath(originalSha256)), context(originalSha256));
	}

	/**
	 * A cleaned copy of a file kept in plain before originals were sealed (stored by an earlier version), made
	 * when it is asked for; empty for a type that cannot be cleaned (a video) or a file that no longer cleans.
	 */
	Optional<byte[]> cleanedCopyOf(Path plain, String mediaType) throws IOException {
		Optional<EvidenceType> type = EvidenceType.ofMediaType(mediaType).filter(t -> t.kind() != EvidenceKind.VIDEO);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		byte[] content = Files.readAllBytes(plain);
		if (!ContainerCheck.wellFormed(type.get(), content)) {
			return Optional.empty();
		}
		try {
			return Optional.of(MetadataCleaner.clean(type.get(), content));
		}
		catch (MetadataCleaner.Uncleanable e) {
			return Optional.empty();
		}
	}

	/** What a stored file is made of once received: checked, then what to keep of it. */
	private interface Keeping {

		StoredFile keep(Incoming incoming, List<Staged> staged) throws IOException;
	}

	/** A received file, whole, on disk beside the store: its type, SHA-256 and size. */
	private record Incoming(Path file, EvidenceType type, String sha256, long size) {
	}

	/** A file written beside the store that takes its name when the transaction commits. */
	private record Staged(Path file, Path target) {
	}

	private StoredFile receive(String name, InputStream content, Set<EvidenceKind> allowed, String wrongTypeMessage,
			Keeping keeping) {
		List<Staged> staged = new ArrayList<>();
		boolean handedOver = false;
		Path partial = null;
		try {
			Files.createDirectories(root);
			partial = Files.createTempFile(root, "incoming-", ".part");
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
			StoredFile stored = keeping.keep(new Incoming(partial, type, HexFormat.of().formatHex(sha.digest()), size),
					staged);
			handOver(staged);
			handedOver = true;
			return stored;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		finally {
			if (!handedOver) {
				staged.forEach(s -> deleteQuietly(s.file()));
			}
			Path received = partial;
			if (received != null && staged.stream().noneMatch(s -> s.file().equals(received))) {
				deleteQuietly(received);
			}
		}
	}

	/**
	 * Deletes the stored file with this SHA-256 (a plain copy, a sealed original, or both), once no record needs it
	 * any more (retention, ADR 0029); the caller has checked that. Answers whether there was a file to delete.
	 */
	public boolean forget(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			return false;
		}
		try {
			boolean inVault = vault.enabled() && (vault.delete(nameOf(plainPath(sha256))) | vault.delete(nameOf(sealedPath(sha256))));
			boolean plain = Files.deleteIfExists(plainPath(sha256));
			return Files.deleteIfExists(sealedPath(sha256)) || plain || inVault;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Moves the staged files to their names when the surrounding transaction commits, and deletes them when it
	 * does not; without a transaction, at once.
	 */
	private void handOver(List<Staged> staged) throws IOException {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			place(staged, new ArrayList<>());
			return;
		}
		List<Path> placed = new ArrayList<>();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				try {
					place(staged, placed);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}

			@Override
			public void afterCompletion(int status) {
				staged.forEach(s -> deleteQuietly(s.file()));
				if (status != STATUS_COMMITTED) {
					placed.forEach(EvidenceStore::deleteQuietly);
				}
			}
		});
	}

	/**
	 * Moves each staged file to its name, unless a file of that name (the same content) is there already; with the
	 * evidence in the database, writes it there first, in the transaction that is about to commit.
	 */
	private void place(List<Staged> staged, List<Path> placed) throws IOException {
		for (Staged s : staged) {
			if (vault.enabled()) {
				vault.put(nameOf(s.target()), s.file());
			}
			if (Files.exists(s.target())) {
				deleteQuietly(s.file());
				continue;
			}
			force(s.file());
			Files.createDirectories(s.target().getParent());
			moveAtomically(s.file(), s.target());
			placed.add(s.target());
		}
	}

	private Path seal(Incoming incoming) throws IOException {
		Path sealedCopy = Files.createTempFile(root, "incoming-", ".sealed");
		try (InputStream in = Files.newInputStream(incoming.file());
				OutputStream out = sealed.sealing(Files.newOutputStream(sealedCopy), context(incoming.sha256()))) {
			in.transferTo(out);
		}
		return sealedCopy;
	}

	private static void check(String name, EvidenceType type, byte[] content) {
		if (!ContainerCheck.wellFormed(type, content)) {
			throw malformed(name, type);
		}
	}

	private static void checkVideo(String name, Incoming incoming) throws IOException {
		if (!ContainerCheck.wellFormed(incoming.type(), incoming.file())) {
			throw malformed(name, incoming.type());
		}
	}

	private static byte[] clean(String name, EvidenceType type, byte[] original) {
		try {
			return MetadataCleaner.clean(type, original);
		}
		catch (MetadataCleaner.Uncleanable e) {
			throw DomainException.invalid("reporting.evidence.uncleanable", displayName(name));
		}
	}

	private static DomainException malformed(String name, EvidenceType type) {
		return DomainException.invalid("reporting.evidence.malformed", displayName(name), type.label());
	}

	private static String context(String originalSha256) {
		return "evidence-original:" + originalSha256;
	}

	private Path plainPath(String hash) {
		return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
	}

	private Path sealedPath(String hash) {
		return root.resolve("sealed").resolve(hash.substring(0, 2)).resolve(hash);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
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

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// a leftover part file is harmless: it never reaches a content name
		}
	}

	static String displayName(String name) {
		return name == null || name.isBlank() ? "?" : name.length() > 80 ? name.substring(0, 80) : name;
	}
}
