package id.go.netra.identity;

/** Something changed which roles an agency, person or system holds: cached actors must be looked up again. */
record AgencyRolesChanged(String subject) {
}
