package id.go.netra.personnel;

/** As NIP (digit 15: 1 male, 2 female) and NIK (birth day plus 40 for women) encode it. */
public enum Gender {
	MALE, FEMALE
}
