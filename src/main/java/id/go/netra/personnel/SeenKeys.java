package id.go.netra.personnel;

/**
 * The registry keys already met in one import, to report a NIP that appears twice in a file. NIPs (18 digits)
 * and NIKs (16 digits) fit in a long, so 4.3 million keys take about 64 MB in this open-addressing table
 * instead of several hundred in a set of strings.
 */
final class SeenKeys {

	private static final long EMPTY = 0L;

	private long[] slots = new long[1 << 16];
	private int size;

	/** Adds a key; false if it was there already. NIK keys are kept apart from NIPs by the sign. */
	boolean add(String registryKey) {
		long key = registryKey.startsWith("NIK:") ? -Long.parseLong(registryKey.substring(4))
				: Long.parseLong(registryKey);
		if (key == EMPTY) {
			throw new IllegalArgumentException("zero is not a registry key");
		}
		if (size * 2 >= slots.length) {
			grow();
		}
		boolean added = place(slots, key);
		if (added) {
			size++;
		}
		return added;
	}

	private static boolean place(long[] table, long key) {
		int mask = table.length - 1;
		int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
		while (table[i] != EMPTY) {
			if (table[i] == key) {
				return false;
			}
			i = (i + 1) & mask;
		}
		table[i] = key;
		return true;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		for (long key : old) {
			if (key != EMPTY) {
				place(slots, key);
			}
		}
	}
}
