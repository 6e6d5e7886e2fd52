package id.go.netra.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions people hold, kept in the database by Spring Session JDBC (ADR 0050) so that every node sees
 * the same ones: a session started on one node is valid on all, and one ended here is ended everywhere,
 * because no node keeps a copy of its own.
 */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of a person, on every node; returns how many there were. */
	int end(String username) {
		var held = sessions.findByPrincipalName(username).keySet();
		held.forEach(sessions::deleteById);
		return held.size();
	}
}
