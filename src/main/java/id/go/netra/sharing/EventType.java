package id.go.netra.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The integration events other systems may subscribe to, each with the version of its payload. A payload that
 * changes incompatibly gets a new version and a new schema beside the old one
 * ({@code classpath:sharing/schemas/<name>.v<version>.json}); a field added is compatible and keeps the version.
 * Each is described in words in the sharing message bundle ({@link #descriptionKey()}).
 */
enum EventType {

	CASE_OPENED("case.opened", 1),
	CASE_CHANGED("case.changed", 1),
	CASE_CLOSED("case.closed", 1),
	CONTROL_WARNING("control.warning", 1),
	CONTROL_REPRIMAND("control.reprimand", 1),
	CONTROL_BLOCKED("control.blocked", 1),
	CONTROL_UNBLOCKED("control.unblocked", 1),
	SANCTION_RECORDED("sanction.recorded", 1),
	REFERRAL_CHANGED("referral.changed", 1),
	LETTER_ISSUED("letter.issued", 1),
	MONITORING_LEAD("monitoring.lead", 1),
	PACT_SIGNED("pact.signed", 1);

	private final String wireName;
	private final int version;

	EventType(String wireName, int version) {
		this.wireName = wireName;
		this.version = version;
	}

	/** The name on the wire and in subscriptions, e.g. {@code case.changed}. */
	String wireName() {
		return wireName;
	}

	int version() {
		return version;
	}

	/** The key of its description in the sharing message bundle. */
	String descriptionKey() {
		return "sharing.event." + wireName;
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
