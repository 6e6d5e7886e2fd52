package id.go.netra.personnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;

import id.go.netra.DomainException;

/**
 * The rows of one transaction of an import: the valid ones to write, the rejected ones with their reason, and
 * the last line reached. Rows at or before the checkpoint of an interrupted import are replayed only to
 * remember their keys (for duplicate detection); they are not written again.
 */
final class ImportChunk {

	/**
	 * What stays the same for a whole import: the file's columns, the known codes, the keys seen so far, and
	 * whether it is the initial load of an empty registry (every row new).
	 */
	record Context(RegistryRow.Columns columns, Set<String> employers, Set<String> regions, SeenKeys seen,
			boolean initialLoad) {
	}

	record Rejection(long line, String registryKey, String reason) {
	}

	private final long importId;
	private final Context context;
	private final List<RegistryRow> rows = new ArrayList<>();
	private final List<Rejection> rejections = new ArrayList<>();
	private long lastLine;
	private int size;

	ImportChunk(long importId, Context context) {
		this.importId = importId;
		this.context = context;
	}

	void add(long line, List<String> record, boolean replay, MessageSource messages) {
		lastLine = line;
		if (!replay) {
			size++;
		}
		if (record.size() == 1 && record.get(0).isBlank()) {
			if (!replay) {
				rejections.add(new Rejection(line, null, messages.getMessage("personnel.import.blankLine", null,
						RegistryImports.REPORT_LANGUAGE)));
			}
			return;
		}
		try {
			RegistryRow row = RegistryRow.parse(record, context.columns(), context.employers(), context.regions());
			if (!context.seen().add(row.registryKey())) {
				throw DomainException.invalid("personnel.import.duplicate", row.nip() != null ? "NIP" : "NIK");
			}
			if (!replay) {
				rows.add(row);
			}
		}
		catch (DomainException e) {
			if (!replay) {
				rejections.add(new Rejection(line, keyGuess(record), e.localized(messages,
						RegistryImports.REPORT_LANGUAGE)));
			}
		}
	}

	private String keyGuess(List<String> record) {
		String nip = context.columns().get(record, RegistryCsv.NIP);
		String key = nip.isEmpty() ? context.columns().get(record, RegistryCsv.NIK) : nip;
		return key.length() > 40 ? key.substring(0, 40) : key;
	}

	long importId() {
		return importId;
	}

	boolean initialLoad() {
		return context.initialLoad();
	}

	List<RegistryRow> rows() {
		return rows;
	}

	List<Rejection> rejections() {
		return rejections;
	}

	/** Data records up to and including this chunk (the header line is not counted). */
	long recordsDone() {
		return lastLine - 1;
	}

	int size() {
		return size;
	}

	boolean isEmpty() {
		return size == 0;
	}
}
