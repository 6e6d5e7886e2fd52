package id.go.netra.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The integration events other systems may subscribe to, each with the version of its payload. A payload that
 * changes incompatibly gets a new version and a new schema beside the old one
 * ({@code classpath:sharing/schemas/<name>.v<version>.json}); a field added is compatible and keeps the version.
 */
enum EventType {

	CASE_OPENED("case.opened", 1, "Kasus dibuka dari laporan yang diterima."),
	CASE_CHANGED("case.changed", 1, "Kasus berpindah tahap atau status, atau tenggatnya berubah."),
	CASE_CLOSED("case.closed", 1, "Kasus ditutup (sanksi dijatuhkan, tidak terbukti, ditolak, dibatalkan)."),
	CONTROL_WARNING("control.warning", 1, "Peringatan kepada PPK yang terlambat menindaklanjuti rekomendasi."),
	CONTROL_REPRIMAND("control.reprimand", 1, "Teguran kepada PPK yang tetap terlambat setelah peringatan."),
	CONTROL_BLOCKED("control.blocked", 1, "Pemblokiran data atau layanan kepegawaian terkait kasus."),
	CONTROL_UNBLOCKED("control.unblocked", 1, "Pemblokiran terkait kasus dicabut.");

	private final String wireName;
	private final int version;
	private final String description;

	EventType(String wireName, int version, String description) {
		this.wireName = wireName;
		this.version = version;
		this.description = description;
	}

	/** The name on the wire and in subscriptions, e.g. {@code case.changed}. */
	String wireName() {
		return wireName;
	}

	int version() {
		return version;
	}

	String description() {
		return description;
	}

	/** The schema's name, e.g. {@code case.changed.v1}. */
	String schemaName() {
		return wireName + ".v" + version;
	}

	String schemaPath() {
		return "sharing/schemas/" + schemaName() + ".json";
	}

	static Optional<EventType> ofWireName(String name) {
		return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
	}
}
