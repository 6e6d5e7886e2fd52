package id.go.netra.personnel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.CsvRecords;
import id.go.netra.DataDirectory;
import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.Texts;
import id.go.netra.Utf8;
import id.go.netra.audit.AuditRecord;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;

/**
 * Bulk imports of the personnel registry. A file is first stored whole under the data directory (named by its
 * SHA-256), then processed in the background one chunk per transaction: rows written, rejected rows recorded
 * with their reason, and the checkpoint advanced together, so a crash loses nothing and a restart resumes
 * after the last committed chunk. Importing the same rows again changes nothing.
 */
@Service
public class RegistryImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RegistryImports.class);
	static final Locale REPORT_LANGUAGE = Locale.forLanguageTag("id");

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final RegistryWriter registryWriter;
	private final Employers employers;
	private final Regions regions;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final ImportSettings settings;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Path directory;
	private final ImportClaims claims;
	private final ImportFileParts parts;
	private volatile boolean stopping;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("registry-import"));
	private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("registry-import-writer"));

	RegistryImports(JdbcClient jdbc, TransactionTemplate transactions, RegistryWriter writer, Employers employers,
			Regions regions, AuditTrail audit, MessageSource messages, ImportSettings settings, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, DataDirectory dataDirectory, ImportClaims claims,
			ImportFileParts parts) {
		this.claims = claims;
		this.parts = parts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.registryWriter = writer;
		this.employers = employers;
		this.regions = regions;
		this.audit = audit;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.directory = dataDirectory.resolve("imports");
	}

	/**
	 * Stores the file durably and queues it. Returns the queued import; processing starts after the caller's
	 * transaction commits.
	 */
	public RegistryImport submit(InputStream content, String fileName) {
		Stored stored = store(content);
		String kept = Texts.fileName(fileName);
		String name = kept == null ? "registry.csv" : kept;
		long id = transactions.execute(status -> {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into registry_import (file_name, file_sha256, file_bytes, records_expected, stored_path,
					  status, records_done, inserted, updated, unchanged, rejected, started_by, agency_code, created_at)
					values (:name, :sha, :bytes, :expected, :path, 'QUEUED', 0, 0, 0, 0, 0, :by, :agency, :now)
					""")
				.param("name", name.length() > 300 ? name.substring(0, 300) : name)
				.param("sha", stored.sha256())
				.param("bytes", stored.bytes())
				.param("expected", Math.max(0, stored.lines() - 1))
				.param("path", stored.path().toString())
				.param("by", audit.currentActor().name())
				.param("agency", audit.currentActor().agencyCode())
				.param("now", OffsetDateTime.now(clock))
				.update(keys, "id");
			long newId = keys.getKeyAs(Number.class).longValue();
			if (settings.filesInDatabase()) {
				parts.keep(newId, stored.path());
			}
			claims.claim(newId);
			audit.record("PERSONNEL_IMPORT_STARTED", "import " + newId,
					name + ", " + stored.bytes() + " bytes, sha256 " + stored.sha256());
			return newId;
		});
		worker.submit(() -> process(id));
		return find(id).orElseThrow();
	}

	public Optional<RegistryImport> find(long id) {
		return jdbc.sql("select * from registry_import where id = :id").param("id", id).query(RegistryImports::map)
			.optional();
	}

	public Page<RegistryImport> recent(int page, int size) {
		long total = jdbc.sql("select count(*) from registry_import").query(Long.class).single();
		List<RegistryImport> items = jdbc.sql("select * from registry_import order by id desc limit :l offset :o")
			.param("l", size)
			.param("o", (long) page * size)
			.query(RegistryImports::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Writes the error report: one line per rejected row with its line number and reason (UTF-8 CSV). */
	public void writeErrorReport(long id, OutputStream out) throws IOException {
		var writerOut = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		writerOut.write("\uFEFFbaris,kunci,alasan\r\n");
		jdbc.sql("select * from registry_import_error where import_id = :id order by line_number")
			.param("id", id)
			.query(rs -> {
				try {
					writerOut.write(CsvRecords.line(java.util.Arrays.asList(rs.getLong("line_number"),
							rs.getString("registry_key"), rs.getString("reason"))));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		writerOut.flush();
	}

	/**
	 * Imports left running or queued by this node when it stopped resume when it is ready again (a node is its data
	 * directory); those of another node only once that node has been silent for the lease ({@link #takeOver()}).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		jdbc.sql("select id from registry_import where status in ('QUEUED', 'RUNNING') and claimed_by = :node order by id")
			.param("node", claims.node())
			.query(Long.class)
			.list()
			.forEach(id -> {
				log.info("Resuming registry import {}", id);
				worker.submit(() -> process(id));
			});
	}

	/** Takes over the imports of a node that died: silent for longer than the lease. */
	@Scheduled(fixedDelayString = "${netra.personnel.import.takeover-interval:PT15S}", initialDelayString = "PT5S")
	void takeOver() {
		try {
			for (long id : claims.abandoned()) {
				if (claims.claim(id)) {
					log.info("Taking over registry import {} from a silent node", id);
					audit.record(AuditRecord.system("PERSONNEL_IMPORT_TAKEN_OVER", "import " + id, "node " + claims.node()));
					worker.submit(() -> process(id));
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Registry import take-over round failed: {}", e.toString());
		}
	}

	void process(long id) {
		if (!claims.claim(id)) {
			return;
		}
		try {
			run(id);
		}
		catch (ImportClaims.ClaimLost lost) {
			log.warn("{}; this node stops", lost.getMessage());
		}
	}

	private void run(long id) {
		RegistryImport job = find(id).orElseThrow();
		if (job.status().finished()) {
			return;
		}
		// decided once, when the import first starts, and kept for a resumed run
		jdbc.sql("update registry_import set status = 'RUNNING', initial_load = (select count(*) from"
				+ " (select 1 from employee fetch first 1 rows only) any_row) = 0 where id = :id and status = 'QUEUED'")
			.param("id", id)
			.update();
		jdbc.sql("update registry_import set status = 'RUNNING' where id = :id").param("id", id).update();
		boolean initialLoad = jdbc.sql("select initial_load from registry_import where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
		try (BufferedReader reader = Files.newBufferedReader(localFile(id), StandardCharsets.UTF_8)) {
			CsvRecords records = new CsvRecords(reader);
			List<String> header = records.next();
			if (header == null) {
				throw DomainException.invalid("personnel.import.empty");
			}
			RegistryRow.Columns columns = RegistryRow.Columns.of(header);
			var context = new ImportChunk.Context(columns, employerCodes(), regionCodes(), new SeenKeys(),
					initialLoad);
			long done = job.recordsDone();
			ImportChunk chunk = new ImportChunk(id, context);
			// While the database writes one chunk, this thread reads and checks the next; chunks still commit
			// strictly in order, one at a time, so the checkpoint means what it says.
			Future<?> writing = null;
			for (List<String> record = records.next(); record != null; record = records.next()) {
				long line = records.recordNumber();
				boolean replay = line - 1 <= done;
				chunk.add(line, record, replay, messages);
				if (chunk.size() >= settings.chunkSize()) {
					awaitWrite(writing);
					ImportChunk full = chunk;
					writing = writer.submit(() -> commit(full));
					chunk = new ImportChunk(id, context);
				}
			}
			awaitWrite(writing);
			commit(chunk);
			finish(id, null);
		}
		catch (DomainException e) {
			finish(id, e.localized(messages, REPORT_LANGUAGE));
		}
		catch (ImportClaims.ClaimLost lost) {
			throw lost;
		}
		catch (IOException | RuntimeException e) {
			if (e.getCause() instanceof ImportClaims.ClaimLost lost) {
				throw lost;
			}
			if (stopping || Thread.currentThread().isInterrupted()) {
				// the node is shutting down: the import is not failed, it resumes after its last committed chunk
				// (here on restart, or on another node after the lease)
				log.info("Registry import {} stops with this node and resumes later", id);
				return;
			}
			log.error("Registry import {} failed", id, e);
			finish(id, e.getMessage());
		}
	}

	private static void awaitWrite(Future<?> writing) {
		if (writing == null) {
			return;
		}
		try {
			writing.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("registry import interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private void commit(ImportChunk chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			claims.keepAlive(chunk.importId());
			registryWriter.write(chunk);
		});
	}

	private void finish(long id, String failure) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update registry_import set status = :s, finished_at = :now, failure = :f where id = :id")
				.param("s", failure == null ? "DONE" : "FAILED")
				.param("now", OffsetDateTime.now(clock))
				.param("f", failure == null ? null : failure.length() > 2000 ? failure.substring(0, 2000) : failure)
				.param("id", id)
				.update();
			RegistryImport done = find(id).orElseThrow();
			audit.record(AuditRecord.system(failure == null ? "PERSONNEL_IMPORT_FINISHED" : "PERSONNEL_IMPORT_FAILED",
					"import " + id, failure == null ? done.inserted() + " inserted, " + done.updated() + " updated, "
							+ done.unchanged() + " unchanged, " + done.rejected() + " rejected" : failure));
			events.publishEvent(new RegistryImported(id, done.fileName(), done.inserted(), done.updated(),
					done.rejected(), failure == null));
		});
	}

	private java.util.Set<String> employerCodes() {
		return java.util.Set.copyOf(jdbc.sql("select code from employer").query(String.class).list());
	}

	private java.util.Set<String> regionCodes() {
		java.util.Set<String> codes = new java.util.HashSet<>();
		regions.provinces().stream().map(Region::code).forEach(codes::add);
		regions.regencies().stream().map(Region::code).forEach(codes::add);
		return codes;
	}

	/**
	 * The import's file on this node: where it was stored, or (taken over from another node) read back from the
	 * database into this node's directory.
	 */
	private Path localFile(long id) {
		RegistryImport job = find(id).orElseThrow();
		Path stored = Paths.get(jdbc.sql("select stored_path from registry_import where id = :id")
			.param("id", id)
			.query(String.class)
			.single());
		if (Files.isRegularFile(stored)) {
			return stored;
		}
		Path restored = directory.resolve(job.fileSha256() + ".csv");
		if (Files.isRegularFile(restored) || parts.restore(id, restored)) {
			return restored;
		}
		throw new IllegalStateException("the file of registry import " + id + " is on another node's disk; set "
				+ "netra.personnel.import.files=database on every node so that imports can be taken over");
	}

	private record Stored(Path path, String sha256, long bytes, long lines) {
	}

	/**
	 * Streams the upload to disk, hashing, counting lines and checking that it is UTF-8 on the way, and forces
	 * it to disk. A file that is not UTF-8 is refused here, whole, before a row of it is imported.
	 */
	private Stored store(InputStream content) {
		try {
			Files.createDirectories(directory);
			Path temporary = directory.resolve("upload-" + UUID.randomUUID() + ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long bytes = 0;
			long lines = 0;
			int last = '\n';
			Utf8 utf8 = Utf8.check();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
				byte[] buffer = new byte[1 << 16];
				for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
					bytes += n;
					if (bytes > settings.maxFileBytes()) {
						throw DomainException.invalid("personnel.import.tooLarge", settings.maxFileBytes());
					}
					for (int i = 0; i < n; i++) {
						if (buffer[i] == '\n') {
							lines++;
						}
					}
					if (n > 0) {
						last = buffer[n - 1];
					}
					utf8.feed(buffer, n);
					out.write(buffer, 0, n);
				}
				utf8.finish();
			}
			catch (DomainException e) {
				Files.deleteIfExists(temporary);
				throw e;
			}
			if (bytes == 0) {
				Files.deleteIfExists(temporary);
				throw DomainException.invalid("personnel.import.empty");
			}
			if (last != '\n') {
				lines++;
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			String hash = HexFormat.of().formatHex(sha.digest());
			Path target = directory.resolve(hash + ".csv");
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(target.toAbsolutePath(), hash, bytes, lines);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not store the uploaded registry file", e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static RegistryImport map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new RegistryImport(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
				rs.getLong("file_bytes"), rs.getLong("records_expected"),
				RegistryImport.Status.valueOf(rs.getString("status")), rs.getLong("records_done"),
				rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("rejected"),
				rs.getString("started_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant(), rs.getString("failure"));
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void destroy() {
		stopping = true;
		worker.shutdownNow();
		writer.shutdownNow();
	}
}
