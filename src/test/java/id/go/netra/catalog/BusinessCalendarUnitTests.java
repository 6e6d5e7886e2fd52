package id.go.netra.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The calendar over a private in-memory table holding 2025's and 2026's holidays only. */
class BusinessCalendarUnitTests {

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();
	private final Logger logger = (Logger) LoggerFactory.getLogger(BusinessCalendar.class);
	private JdbcClient jdbc;
	private BusinessCalendar calendar;

	@BeforeEach
	void calendarWithTwoYears() throws Exception {
		jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
		jdbc.sql("""
				create table calendar_day (calendar_date date primary key, day_kind varchar(20) not null,
				  name varchar(300) not null, name_en varchar(300), source varchar(500) not null, provisional boolean not null)
				""").update();
		holiday(LocalDate.of(2025, 12, 25));
		holiday(LocalDate.of(2026, 12, 25));
		calendar = new BusinessCalendar(jdbc, null);
		log.start();
		logger.addAppender(log);
	}

	@AfterEach
	void detach() {
		logger.detachAppender(log);
	}

	@Test
	void theMaintainedYearsAreThoseWithRecordedDays() {
		assertThat(calendar.years()).containsExactly(2025, 2026);
		assertThat(calendar.isMaintained(2026)).isTrue();
		assertThat(calendar.isMaintained(2027)).isFalse();
	}

	@Test
	void aDeadlineInsideTheMaintainedYearsLogsNothing() {
		// Thu 24 Dec 2026: 25 Dec is a holiday, 26-27 the weekend, so the first working day after is Mon 28 Dec
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(warnings()).isEmpty();
	}

	@Test
	void aDeadlinePastTheLastMaintainedYearIsLoggedOncePerYear() {
		LocalDate deadline = calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 10);
		calendar.plusWorkingDays(LocalDate.of(2026, 12, 29), 10);
		calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1));
		calendar.isWorkingDay(LocalDate.of(2027, 5, 1));

		assertThat(deadline.getYear()).isEqualTo(2027);
		assertThat(warnings()).hasSize(1).first().asString().contains("2027").contains("2026")
			.contains("/admin/kalender");

		calendar.isWorkingDay(LocalDate.of(2028, 1, 3));
		assertThat(warnings()).hasSize(2).last().asString().contains("2028");
	}

	@Test
	void aYearAddedLaterIsMaintainedWithoutARestart() {
		holiday(LocalDate.of(2027, 1, 1));
		calendar.reload();

		assertThat(calendar.isMaintained(2027)).isTrue();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(warnings()).isEmpty();
	}

	private List<String> warnings() {
		return log.list.stream()
			.filter(event -> event.getLevel() == Level.WARN)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	private void holiday(LocalDate date) {
		jdbc.sql("insert into calendar_day values (:date, 'HOLIDAY', 'Libur', null, 'uji', false)")
			.param("date", date)
			.update();
	}
}
