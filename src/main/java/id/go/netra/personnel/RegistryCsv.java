package id.go.netra.personnel;

import java.util.List;

/**
 * The column layout of a personnel registry file, modelled on a SIASN export: UTF-8, comma-separated,
 * RFC 4180 quoting, one header row with these names in any order (unknown columns are ignored).
 * Documented for administrators in docs/personnel-import.md.
 */
public final class RegistryCsv {

	/** 18 digits; empty for non-ASN staff. The key: importing a row with a known NIP updates that employee. */
	public static final String NIP = "NIP_BARU";
	/** 16 digits. */
	public static final String NIK = "NIK";
	public static final String NAME = "NAMA";
	/** yyyy-MM-dd. */
	public static final String BIRTH_DATE = "TGL_LAHIR";
	/** M (male) or F (female). */
	public static final String GENDER = "JENIS_KELAMIN";
	/** PNS, PPPK or NON_ASN. */
	public static final String EMPLOYMENT_TYPE = "JENIS_PEGAWAI";
	/** The employer's code in Netra, e.g. PEMDA-32 or KEMENKEU. */
	public static final String EMPLOYER = "INSTANSI_KERJA_KODE";
	public static final String UNIT = "UNOR_NAMA";
	/** JPT, ADMINISTRATOR, SUPERVISOR, FUNCTIONAL or STAFF. */
	public static final String POSITION_CLASS = "JENIS_JABATAN";
	public static final String POSITION_TITLE = "JABATAN_NAMA";
	/** Rank/grade as written, e.g. III/c for PNS or IX for PPPK. */
	public static final String GRADE = "GOL_AKHIR";
	/** Kemendagri code of the regency or city where the employee works. */
	public static final String WORK_REGION = "LOKASI_KERJA_KODE";
	/** ACTIVE, RETIRED, DISMISSED, RESIGNED or DECEASED. */
	public static final String STATUS = "KEDUDUKAN_HUKUM";
	/** Declared social-media accounts, "platform:handle" separated by semicolons. */
	public static final String SOCIAL_ACCOUNTS = "AKUN_MEDSOS";
	/**
	 * The employee's e-mail address (SIASN keeps one): where integrity-pact links and one-time codes go. A file
	 * without this column leaves the addresses Netra holds as they are; an empty cell removes the address.
	 */
	public static final String EMAIL = "EMAIL";
	/** "true" on every row the synthetic generator writes. */
	public static final String SYNTHETIC = "SINTETIS";

	public static final List<String> HEADER = List.of(NIP, NIK, NAME, BIRTH_DATE, GENDER, EMPLOYMENT_TYPE, EMPLOYER,
			UNIT, POSITION_CLASS, POSITION_TITLE, GRADE, WORK_REGION, STATUS, SOCIAL_ACCOUNTS, EMAIL, SYNTHETIC);

	public static final List<String> REQUIRED = List.of(NIK, NAME, BIRTH_DATE, GENDER, EMPLOYMENT_TYPE, EMPLOYER,
			STATUS);

	private RegistryCsv() {
	}
}
