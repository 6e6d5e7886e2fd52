package id.go.netra.pacts;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.identity.Actor;
import id.go.netra.personnel.EmployeePacts;

/**
 * The pacts an employee signed, for the employee page and for a case about them (casework reads them through the
 * same personnel port, so neither module depends on this one). The caller has already found the employee or the
 * case within the actor's scope.
 */
@Service
class SignedPacts implements EmployeePacts {

	private final JdbcClient jdbc;

	SignedPacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SignedPact> signedBy(Actor actor, String nip) {
		if (nip == null) {
			return List.of();
		}
		return jdbc.sql("""
				select c.title, c.election_code, s.signed_at, s.channel, s.letter_number
				from pact_signer s join pact_campaign c on c.id = s.campaign_id
				where s.registry_number = :nip and s.signed_at is not null order by s.signed_at desc""")
			.param("nip", nip)
			.query((rs, n) -> new SignedPact(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), Channel.ONLINE.name().equals(rs.getString(4)),
					rs.getString(5)))
			.list();
	}
}
