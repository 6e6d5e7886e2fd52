package id.go.netra.personnel;

/**
 * The class of position: senior executive (JPT), administrator, supervisor, functional, or staff
 * (pelaksana). A case is judged against the class the employee held at the time of the act.
 */
public enum PositionClass {
	JPT, ADMINISTRATOR, SUPERVISOR, FUNCTIONAL, STAFF
}
