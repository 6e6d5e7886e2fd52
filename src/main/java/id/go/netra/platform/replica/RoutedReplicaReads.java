package id.go.netra.platform.replica;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.ReplicaReads;

/**
 * {@link ReplicaReads}: without a replica the query simply runs, as before. With one, it runs in a read-only
 * transaction of its own that {@link ReplicaRouting} serves from the replica while it is in use; inside a
 * transaction already open it joins that one. A replica that fails under the read (gone, or its query cancelled
 * by a conflict with recovery) costs the read nothing: it runs again on the primary, and a lost replica is
 * reported so the following reads go to the primary at once.
 */
@Component
class RoutedReplicaReads implements ReplicaReads {

	private final ReplicaState state;
	private final TransactionTemplate readOnly;

	RoutedReplicaReads(ObjectProvider<ReplicaState> state, ObjectProvider<PlatformTransactionManager> transactions) {
		this.state = state.getIfAvailable();
		if (this.state == null) {
			this.readOnly = null;
		}
		else {
			this.readOnly = new TransactionTemplate(transactions.getObject());
			this.readOnly.setReadOnly(true);
		}
	}

	@Override
	public <T> T read(Supplier<T> query) {
		if (state == null || TransactionSynchronizationManager.isSynchronizationActive()) {
			return query.get();
		}
		ReplicaRouting.Read read = ReplicaRouting.begin();
		try {
			return readOnly.execute(status -> query.get());
		}
		catch (DataAccessResourceFailureException | TransientDataAccessException | CannotCreateTransactionException e) {
			if (!read.onReplica()) {
				throw e;
			}
			if (!(e instanceof ConcurrencyFailureException)) {
				state.notInUse("failed under a read: " + ReplicaRouting.describe(e));
			}
			ReplicaRouting.end();
			return readOnly.execute(status -> query.get());
		}
		finally {
			ReplicaRouting.end();
		}
	}
}
