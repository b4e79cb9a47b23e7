package nl.regiokompas.query.support;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a projection folds in memory within one transaction (a batch of its live processor or of a rebuild) and
 * writes just before that transaction commits: readers outside see the same rows at the same moment as if every
 * event had written them at once, with one statement per table and batch instead of one per event. A rolled-back
 * transaction forgets it.
 *
 * @param <T> the state of one transaction
 */
public final class PerTransaction<T> {

    private final Supplier<T> start;
    private final Consumer<T> write;

    /**
     * @param start made at the first use within a transaction (may read the tables)
     * @param write writes the state within the transaction, just before it commits
     */
    public PerTransaction(Supplier<T> start, Consumer<T> write) {
        this.start = start;
        this.write = write;
    }

    /** This transaction's state. */
    public T current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A projection's batch is written only within a transaction");
        }
        @SuppressWarnings("unchecked")
        Bound bound = (Bound) TransactionSynchronizationManager.getResource(this);
        if (bound == null) {
            bound = new Bound(start.get());
            TransactionSynchronizationManager.bindResource(this, bound);
            TransactionSynchronizationManager.registerSynchronization(bound);
        }
        return bound.state;
    }

    private final class Bound implements TransactionSynchronization {
        private final T state;

        private Bound(T state) {
            this.state = state;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write.accept(state);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
        }
    }
}
