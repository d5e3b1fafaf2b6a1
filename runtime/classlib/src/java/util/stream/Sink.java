package java.util.stream;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * A stage of a pipeline as seen by the elements pushed through it. A traversal calls
 * {@link #begin} once (with the exact number of elements to come, or -1), then
 * {@code accept} for each element (the overload of the stage's shape), then {@link #end}.
 * A short-circuiting traversal asks {@link #cancellationRequested} before every element.
 *
 * <p>Sinks implement every consumer interface so that any spliterator can push into
 * them; the overloads a stage does not expect throw {@code IllegalStateException}.
 */
interface Sink<T> extends Consumer<T>, IntConsumer, LongConsumer, DoubleConsumer {
    default void begin(long size) {
    }

    default void end() {
    }

    default boolean cancellationRequested() {
        return false;
    }

    default void accept(int value) {
        throw new IllegalStateException("called wrong accept method");
    }

    default void accept(long value) {
        throw new IllegalStateException("called wrong accept method");
    }

    default void accept(double value) {
        throw new IllegalStateException("called wrong accept method");
    }

    /**
     * A sink that passes begin, end and cancellation on to the next stage; subclasses
     * override the accept method of the shape they receive.
     */
    @SuppressWarnings("rawtypes")
    abstract static class Chained<T> implements Sink<T> {
        protected final Sink downstream;

        Chained(Sink downstream) {
            this.downstream = java.util.Objects.requireNonNull(downstream);
        }

        public void begin(long size) {
            downstream.begin(size);
        }

        public void end() {
            downstream.end();
        }

        public boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }

        public void accept(T t) {
            throw new IllegalStateException("called wrong accept method");
        }
    }
}
