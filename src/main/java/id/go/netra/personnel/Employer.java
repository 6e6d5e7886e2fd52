package id.go.netra.personnel;

/**
 * An employer (instansi) whose PPK imposes sanctions: a central ministry or agency, or a regional government.
 * {@code regionCode} is null for central employers; {@code regionalOfficeCode} is the BKN regional office and
 * {@code supervisorAgencyCode} the Bawaslu that cover the employer.
 */
public record Employer(String code, String name, String nameEn, Kind kind, String regionCode, String ppkTitle,
		String regionalOfficeCode, String supervisorAgencyCode, boolean active) {

	public enum Kind {
		CENTRAL, PROVINCE, REGENCY, CITY;

		public boolean isRegional() {
			return this != CENTRAL;
		}
	}
}
