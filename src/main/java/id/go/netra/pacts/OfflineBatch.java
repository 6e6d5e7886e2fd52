package id.go.netra.pacts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.go.netra.CsvRecords;
import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;

/**
 * A batch of paper pacts: a ZIP holding the scans and one CSV that names, per line, a scan's file name and the
 * employee's NIP (or NIK) (header {@code file,nip}). Each line is recorded on its own, so a bad line is reported and
 * the good ones stand; the answer has one row per line.
 */
@Service
class OfflineBatch {

	/** What happened to one line of the list: {@code problem} is null when the pact was recorded. */
	record Row(long line, String file, String nip, boolean recorded, String problem) {
	}

	private static final int MAX_ENTRIES = 10_000;
	/** What a batch may unpack to in memory, whatever it compresses to: a ZIP bomb stops here. */
	static final long MAX_UNPACKED = 1024L * 1024 * 1024;

	private final OfflineSignatures signatures;
	private final PactSettings settings;
	private final MessageSource messages;
	private final AuditTrail audit;

	OfflineBatch(OfflineSignatures signatures, PactSettings settings, MessageSource messages, AuditTrail audit) {
		this.signatures = signatures;
		this.settings = settings;
		this.messages = messages;
		this.audit = audit;
	}

	List<Row> record(Actor actor, Campaign campaign, byte[] zip, Locale locale) {
		Map<String, byte[]> files = unzip(zip);
		List<Map.Entry<String, byte[]>> lists = files.entrySet()
			.stream()
			.filter(e -> e.getKey().toLowerCase(Locale.ROOT).endsWith(".csv"))
			.toList();
		if (lists.size() != 1) {
			throw DomainException.invalid("pacts.batch.oneList");
		}
		List<Row> rows = new ArrayList<>();
		try {
			CsvRecords csv = new CsvRecords(new InputStreamReader(new ByteArrayInputStream(lists.get(0).getValue()),
					StandardCharsets.UTF_8));
			List<String> header = csv.next();
			if (header == null || header.size() < 2 || !header.get(0).strip().equalsIgnoreCase("file")
					|| !header.get(1).strip().equalsIgnoreCase("nip")) {
				throw DomainException.invalid("pacts.batch.header");
			}
			for (List<String> line = csv.next(); line != null; line = csv.next()) {
				rows.add(one(actor, campaign, files, csv.recordNumber(), line, locale));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long recorded = rows.stream().filter(Row::recorded).count();
		audit.record("PACT_OFFLINE_BATCH", campaign.id().toString(),
				rows.size() + " baris, " + recorded + " tercatat, " + (rows.size() - recorded) + " ditolak");
		return rows;
	}

	private Row one(Actor actor, Campaign campaign, Map<String, byte[]> files, long line, List<String> fields,
			Locale locale) {
		String file = fields.isEmpty() ? "" : fields.get(0).strip();
		String nip = fields.size() < 2 ? "" : fields.get(1).strip();
		try {
			byte[] scan = files.get(file);
			if (scan == null) {
				throw DomainException.invalid("pacts.batch.fileMissing", file);
			}
			signatures.record(actor, campaign, nip, file, scan);
			return new Row(line, file, nip, true, null);
		}
		catch (DomainException e) {
			return new Row(line, file, nip, false, e.localized(messages, locale));
		}
	}

	/** The ZIP's files by name (folders dropped), each within the scan size limit; a damaged archive is refused. */
	private Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new HashMap<>();
		long unpacked = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.isDirectory()) {
					continue;
				}
				if (files.size() >= MAX_ENTRIES) {
					throw DomainException.invalid("pacts.batch.tooMany", MAX_ENTRIES);
				}
				byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxScanBytes() + 1));
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				unpacked += content.length;
				if (unpacked > MAX_UNPACKED) {
					throw DomainException.invalid("pacts.batch.tooLarge", MAX_UNPACKED / (1024 * 1024));
				}
				files.put(name, content);
			}
		}
		catch (IOException e) {
			throw DomainException.invalid("pacts.batch.notZip");
		}
		if (files.isEmpty()) {
			throw DomainException.invalid("pacts.batch.notZip");
		}
		return files;
	}
}
