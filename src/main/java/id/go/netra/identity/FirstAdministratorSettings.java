package id.go.netra.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator a production database starts with ({@code netra.bootstrap.admin.*}; see
 * {@link FirstAdministrator}). Both set or both unset: one without the other is a mistake the start-up names.
 *
 * @param username the administrator's user name, kept in lower case
 * @param password the first password, checked against the password rules when the account is created
 */
@ConfigurationProperties("netra.bootstrap.admin")
record FirstAdministratorSettings(String username, String password) {

	FirstAdministratorSettings {
		username = username == null ? "" : username.trim().toLowerCase();
		password = password == null ? "" : password;
		if (username.isEmpty() != password.isEmpty()) {
			throw new IllegalArgumentException(
					"netra.bootstrap.admin.username and netra.bootstrap.admin.password must be set together");
		}
	}

	boolean given() {
		return !username.isEmpty();
	}
}
