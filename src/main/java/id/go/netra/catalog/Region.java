package id.go.netra.catalog;

/**
 * A province, regency or city with its Kemendagri code ("32" for a province, "32.73" for a regency or city).
 * {@code autonomous} is false for DKI Jakarta's administrative cities and regency, which employ no one.
 */
public record Region(String code, String name, Level level, String provinceCode, Type type, boolean autonomous) {

	public enum Level {
		PROVINCE, REGENCY
	}

	public enum Type {
		PROVINCE, REGENCY, CITY
	}

	public boolean isProvince() {
		return level == Level.PROVINCE;
	}

	/** Whether this region is the given one or lies inside it. */
	public boolean isWithin(String regionCode) {
		return code.equals(regionCode) || provinceCode.equals(regionCode);
	}
}
