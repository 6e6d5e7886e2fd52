package id.go.netra.catalog;

import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.StringJoiner;

/** Describes what an edit changed in a catalogue entry, field by field, for the audit trail. */
final class CatalogChanges {

	private CatalogChanges() {
	}

	static <T extends Record> String describe(T before, T after) {
		StringJoiner changes = new StringJoiner("; ");
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			if (component.getName().equals("version")) {
				continue;
			}
			Object was = value(component, before);
			Object now = value(component, after);
			if (!Objects.equals(was, now)) {
				changes.add(component.getName() + ": " + was + " -> " + now);
			}
		}
		return changes.length() == 0 ? "no change" : changes.toString();
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("record accessor " + component.getName() + " is not callable", e);
		}
	}
}
