package id.go.netra.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * Scheduled work that must run on one node at a time holds a row of {@code shedlock} while it runs (ShedLock,
 * ADR 0050): a job annotated {@code @SchedulerLock} is skipped on every other node until the row is free. Times
 * are the database's, so nodes with drifting clocks still agree. A lock of {@value KeptAlive#SECONDS} seconds or
 * more is kept alive: the node that holds it extends it by half of its {@code lockAtMostFor} while the job runs, so a
 * long run keeps its lock however long it takes, and a node that dies (SIGKILL, power) blocks the job for at most
 * that half minute, not the ten minutes a fixed lock had to allow for the longest run (ADR 0056).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30S")
class ScheduledWorkLocks {

	@Bean
	KeptAlive lockProvider(DataSource dataSource) {
		return lockProvider(dataSource, "shedlock");
	}

	KeptAlive lockProvider(DataSource dataSource, String table) {
		return new KeptAlive(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(table)
			.usingDbTime()
			.build()));
	}

	/**
	 * Locks of 30 s or more through ShedLock's keep-alive (its minimum), shorter ones (tests' jobs) as they are. The
	 * renewing thread is the provider's own, not a bean: Spring's scheduling would take a lone ScheduledExecutorService
	 * bean for its jobs.
	 */
	static final class KeptAlive implements LockProvider, DisposableBean {

		static final int SECONDS = 30;

		private final ExtensibleLockProvider plain;
		private final ScheduledExecutorService renewer;
		private final KeepAliveLockProvider kept;

		KeptAlive(ExtensibleLockProvider plain) {
			this.plain = plain;
			this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "lock-keep-alive");
				thread.setDaemon(true);
				return thread;
			});
			this.kept = new KeepAliveLockProvider(plain, renewer);
		}

		@Override
		public Optional<SimpleLock> lock(LockConfiguration configuration) {
			return configuration.getLockAtMostFor().compareTo(Duration.ofSeconds(SECONDS)) >= 0
					? kept.lock(configuration) : plain.lock(configuration);
		}

		@Override
		public void destroy() {
			renewer.shutdownNow();
		}
	}
}
