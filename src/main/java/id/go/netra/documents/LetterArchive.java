package id.go.netra.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issued letters with their PDFs, as stored; the PDF is read only when it is asked for. */
@Repository
class LetterArchive {

	private static final String COLUMNS = """
			id, kind, letter_number, letter_date, subject, addressee, issuer_name, case_id, reference,
			verification_code, sha256, issued_at""";

	private final JdbcClient jdbc;

	LetterArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(Letter letter, int sequence, LetterDraft draft, byte[] pdf) {
		jdbc.sql("""
				insert into letter (id, kind, letter_year, sequence_number, letter_number, letter_date, subject,
				  addressee, addressee_agency, issuer_name, issuer_agency, case_id, reference, verification_code,
				  sha256, pdf, issued_at)
				values (:id, :kind, :year, :sequence, :number, :date, :subject, :addressee, :addresseeAgency,
				  :issuerName, :issuerAgency, :caseId, :reference, :code, :sha256, :pdf, :issuedAt)""")
			.param("id", letter.id())
			.param("kind", letter.kind().name())
			.param("year", letter.date().getYear())
			.param("sequence", sequence)
			.param("number", letter.number())
			.param("date", letter.date())
			.param("subject", letter.subject())
			.param("addressee", letter.addressee())
			.param("addresseeAgency", draft.addresseeAgencyCode())
			.param("issuerName", letter.issuerName())
			.param("issuerAgency", draft.issuerAgencyCode())
			.param("caseId", letter.caseId())
			.param("reference", letter.reference())
			.param("code", letter.verificationCode())
			.param("sha256", letter.sha256())
			.param("pdf", pdf)
			.param("issuedAt", OffsetDateTime.ofInstant(letter.issuedAt(), ZoneOffset.UTC))
			.update();
	}

	Optional<Letter> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from letter where id = :id")
			.param("id", id)
			.query(LetterArchive::letter)
			.optional();
	}

	Optional<Letter> withCode(VerificationCode code) {
		return jdbc.sql("select " + COLUMNS + " from letter where verification_code = :code")
			.param("code", code.value())
			.query(LetterArchive::letter)
			.optional();
	}

	/** The letter whose issued PDF has this SHA-256 (lower-case hex), if Netra issued one. */
	Optional<Letter> withSha256(String sha256) {
		return jdbc.sql("select " + COLUMNS + " from letter where sha256 = :sha256")
			.param("sha256", sha256)
			.query(LetterArchive::letter)
			.optional();
	}

	List<Letter> forCase(UUID caseId) {
		return jdbc.sql("select " + COLUMNS + " from letter where case_id = :caseId order by issued_at, kind, sequence_number")
			.param("caseId", caseId)
			.query(LetterArchive::letter)
			.list();
	}

	Optional<byte[]> pdf(UUID id) {
		return jdbc.sql("select pdf from letter where id = :id").param("id", id).query(byte[].class).optional();
	}

	private static Letter letter(ResultSet rs, int row) throws SQLException {
		return new Letter(rs.getObject("id", UUID.class), LetterKind.valueOf(rs.getString("kind")),
				rs.getString("letter_number"), rs.getObject("letter_date", LocalDate.class), rs.getString("subject"),
				rs.getString("addressee"), rs.getString("issuer_name"), rs.getObject("case_id", UUID.class),
				rs.getString("reference"), rs.getString("verification_code"), rs.getString("sha256"),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant());
	}
}
