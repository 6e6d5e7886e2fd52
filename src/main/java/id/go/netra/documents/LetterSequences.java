package id.go.netra.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the sequence numbers of letters, per kind and year, without gaps. The number is taken by
 * incrementing a counter row in the transaction that stores the letter: the row lock makes every other node
 * wait until that transaction ends, and a rollback gives the number back. A database sequence would be faster
 * but loses numbers on rollback, and a letter register must not have holes.
 */
@Component
class LetterSequences {

	private final JdbcClient jdbc;

	LetterSequences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(LetterKind kind, int year) {
		if (increment(kind, year) == 0) {
			// The first letter of the year: two nodes may get here at once. ON CONFLICT DO NOTHING lets the second
			// wait for the first's row and then skip, instead of failing the transaction with a duplicate key.
			jdbc.sql("""
					insert into letter_counter (kind, letter_year, last_sequence) values (:kind, :year, 0)
					on conflict do nothing""").param("kind", kind.name()).param("year", year).update();
			increment(kind, year);
		}
		return jdbc.sql("select last_sequence from letter_counter where kind = :kind and letter_year = :year")
			.param("kind", kind.name())
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private int increment(LetterKind kind, int year) {
		return jdbc.sql("""
				update letter_counter set last_sequence = last_sequence + 1
				where kind = :kind and letter_year = :year""")
			.param("kind", kind.name())
			.param("year", year)
			.update();
	}
}
