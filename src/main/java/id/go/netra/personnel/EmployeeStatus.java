package id.go.netra.personnel;

/** Where an employee stands: active, or out of service and why (a case against them is then SEPARATED). */
public enum EmployeeStatus {
	ACTIVE, RETIRED, DISMISSED, RESIGNED, DECEASED;

	public boolean inService() {
		return this == ACTIVE;
	}
}
