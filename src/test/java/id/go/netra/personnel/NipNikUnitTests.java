package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import id.go.netra.DomainException;

class NipNikUnitTests {

	@Test
	void aNipCarriesBirthDateAppointmentAndGender() {
		Nip nip = Nip.of("19850315 201001 1 001");
		assertThat(nip.value()).isEqualTo("198503152010011001");
		assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
		assertThat(nip.appointment()).contains(YearMonth.of(2010, 1));
		assertThat(nip.gender()).isEqualTo(Gender.MALE);
		assertThat(Nip.of("199001012015022003").gender()).isEqualTo(Gender.FEMALE);
		assertThat(Nip.of("199001012023211001").appointment()).as("PPPK marker").isEmpty();
	}

	@Test
	void aBrokenNipSaysWhatIsWrong() {
		assertRefused(() -> Nip.of("12345"), "personnel.nip.format");
		assertRefused(() -> Nip.of("19850315201001100A"), "personnel.nip.format");
		assertRefused(() -> Nip.of(null), "personnel.nip.format");
		assertRefused(() -> Nip.of("198502302010011001"), "personnel.nip.birthDate");
		assertRefused(() -> Nip.of("198503152010131001"), "personnel.nip.appointment");
		assertRefused(() -> Nip.of("200001012010011001"), "personnel.nip.appointment");
		assertRefused(() -> Nip.of("198503152010013001"), "personnel.nip.gender");
		assertRefused(() -> Nip.of("198503152010011000"), "personnel.nip.sequence");
	}

	@Test
	void aNikCarriesRegionBirthDateAndGender() {
		Nik man = Nik.of("3273011503850001");
		assertThat(man.regencyCode()).isEqualTo("32.73");
		assertThat(man.birthDay()).isEqualTo(15);
		assertThat(man.birthMonth()).isEqualTo(3);
		assertThat(man.birthYearDigits()).isEqualTo(85);
		assertThat(man.gender()).isEqualTo(Gender.MALE);
		Nik woman = Nik.of("3273015503850002");
		assertThat(woman.birthDay()).isEqualTo(15);
		assertThat(woman.gender()).isEqualTo(Gender.FEMALE);
		assertThat(woman.masked()).isEqualTo("327301**********").doesNotContain("5503");
	}

	@Test
	void aBrokenNikSaysWhatIsWrong() {
		assertRefused(() -> Nik.of("32730115038500"), "personnel.nik.format");
		assertRefused(() -> Nik.of("0073011503850001"), "personnel.nik.region");
		assertRefused(() -> Nik.of("3200001503850001"), "personnel.nik.region");
		assertRefused(() -> Nik.of("3273013503850001"), "personnel.nik.birthDate");
		assertRefused(() -> Nik.of("3273011513850001"), "personnel.nik.birthDate");
		assertRefused(() -> Nik.of("3273017203850001"), "personnel.nik.birthDate");
		assertRefused(() -> Nik.of("3273011503850000"), "personnel.nik.sequence");
	}

	@Test
	void nipAndNikMustDescribeTheSamePerson() {
		Nip nip = Nip.of("198503152010011001");
		nip.checkAgainst(Nik.of("3273011503850001"));
		assertRefused(() -> nip.checkAgainst(Nik.of("3273015503850001")), "personnel.nipNik.gender");
		assertRefused(() -> nip.checkAgainst(Nik.of("3273011603850001")), "personnel.nipNik.birthDate");
		assertRefused(() -> nip.checkAgainst(Nik.of("3273011503860001")), "personnel.nipNik.birthDate");
	}

	@Test
	void namesAreComparedWithoutCaseAccentsOrPunctuation() {
		assertThat(NameKey.of("Siti Nur'aini, S.Pd.")).isEqualTo("siti nur aini s pd");
		assertThat(NameKey.of("  ÉLIS  Maria ")).isEqualTo("elis maria");
		assertThat(NameKey.of(null)).isEmpty();
	}

	private static void assertRefused(Runnable action, String messageCode) {
		assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
			.satisfies(e -> assertThat(((DomainException) e).messageCode()).isEqualTo(messageCode));
	}
}
