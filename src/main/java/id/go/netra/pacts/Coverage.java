package id.go.netra.pacts;

import java.util.Map;

/**
 * How many of the employees a campaign reaches have signed, online and on paper, in all and per employment type
 * (PNS, PPPK, NON_ASN; every type the registry has appears, with zeros where none signed).
 */
record Coverage(long total, long signed, long online, long offline, Map<String, Tally> byEmploymentType) {

	record Tally(long total, long signed, long online, long offline) {

		Tally plus(Tally other) {
			return new Tally(total + other.total, signed + other.signed, online + other.online,
					offline + other.offline);
		}
	}

	long unsigned() {
		return total - signed;
	}

	/** Signed per hundred, one decimal; 0 for a campaign that reaches nobody. */
	double percentSigned() {
		return total == 0 ? 0 : Math.round(1000.0 * signed / total) / 10.0;
	}
}
