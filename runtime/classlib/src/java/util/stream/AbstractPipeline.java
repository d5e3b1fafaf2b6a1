package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A stage of a sequential stream pipeline: the source stage holds the spliterator (or a
 * supplier of it) and the close handlers; every intermediate operation adds a stage
 * that knows how to wrap the sink of the stage after it. Nothing runs until a terminal
 * operation pushes the source's elements through the wrapped sinks.
 *
 * <p>Each stage records flags describing the stream it produces (the JDK's stream flags
 * that matter sequentially): whether its size is known from the source, whether it is
 * sorted in natural order, distinct, ordered, and whether some stage short-circuits
 * (then the source is pulled one element at a time, asking the sinks before each
 * element whether to go on).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
abstract class AbstractPipeline<E_OUT, S extends BaseStream<E_OUT, S>> implements BaseStream<E_OUT, S> {
    static final String MSG_STREAM_LINKED = "stream has already been operated upon or closed";
    static final String MSG_CONSUMED = "source already consumed or closed";
    static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;
    static final String BAD_SIZE = "Stream size exceeds max array size";

    // shapes of the elements a stage produces
    static final int REF = 0;
    static final int INT = 1;
    static final int LONG = 2;
    static final int DOUBLE = 3;

    // stream flags
    static final int SIZED = 1;
    static final int SORTED = 2;
    static final int DISTINCT = 4;
    static final int ORDERED = 8;
    static final int SHORT_CIRCUIT = 16;
    static final int SIZE_ADJUSTING = 32;

    final AbstractPipeline sourceStage;
    final AbstractPipeline previousStage;
    AbstractPipeline nextStage;
    final int depth;
    /** The flags of the stream this stage produces. */
    final int flags;
    boolean linkedOrConsumed;

    // meaningful on the source stage only
    Spliterator sourceSpliterator;
    Supplier sourceSupplier;
    Runnable sourceCloseAction;
    boolean parallel;

    AbstractPipeline(Spliterator source, int sourceFlags, boolean parallel) {
        this.previousStage = null;
        this.sourceStage = this;
        this.depth = 0;
        this.sourceSpliterator = Objects.requireNonNull(source);
        this.flags = sourceFlags;
        this.parallel = parallel;
    }

    AbstractPipeline(Supplier source, int sourceFlags, boolean parallel) {
        this.previousStage = null;
        this.sourceStage = this;
        this.depth = 0;
        this.sourceSupplier = Objects.requireNonNull(source);
        this.flags = sourceFlags;
        this.parallel = parallel;
    }

    /** A stage after {@code upstream}: its flags are upstream's minus {@code clear} plus {@code set}. */
    AbstractPipeline(AbstractPipeline upstream, int set, int clear) {
        if (upstream.linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        upstream.linkedOrConsumed = true;
        upstream.nextStage = this;
        this.previousStage = upstream;
        this.sourceStage = upstream.sourceStage;
        this.depth = upstream.depth + 1;
        this.flags = (upstream.flags & ~clear) | set;
    }

    /** The stream flags of a source spliterator. */
    static int flagsOf(Spliterator s) {
        int c = s.characteristics();
        int f = flagsOfCharacteristics(c);
        if ((c & Spliterator.SORTED) != 0 && s.getComparator() != null) {
            f &= ~SORTED;
        }
        return f;
    }

    static int flagsOfCharacteristics(int c) {
        int f = 0;
        if ((c & Spliterator.SIZED) != 0) {
            f |= SIZED;
        }
        if ((c & Spliterator.SORTED) != 0) {
            f |= SORTED;
        }
        if ((c & Spliterator.DISTINCT) != 0) {
            f |= DISTINCT;
        }
        if ((c & Spliterator.ORDERED) != 0) {
            f |= ORDERED;
        }
        return f;
    }

    /** The shape of the elements this stage produces. */
    abstract int shape();

    /** Wraps the sink of the next stage into this stage's sink; {@code upstreamFlags} describe this stage's input. */
    Sink opWrapSink(int upstreamFlags, Sink sink) {
        throw new UnsupportedOperationException();
    }

    /** The number of elements this stage produces from {@code size} input elements (size-adjusting stages). */
    long exactOutputSize(long size) {
        return size;
    }

    final boolean isOrdered() {
        return (flags & ORDERED) != 0;
    }

    // ------------------------------------------------------------------ evaluation

    /** Marks this stage consumed by a terminal operation and takes the source spliterator. */
    final Spliterator terminalSpliterator() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        linkedOrConsumed = true;
        return takeSourceSpliterator();
    }

    final Spliterator takeSourceSpliterator() {
        AbstractPipeline src = sourceStage;
        Spliterator s;
        if (src.sourceSpliterator != null) {
            s = src.sourceSpliterator;
            src.sourceSpliterator = null;
        } else if (src.sourceSupplier != null) {
            s = (Spliterator) src.sourceSupplier.get();
            src.sourceSupplier = null;
        } else {
            throw new IllegalStateException(MSG_CONSUMED);
        }
        return s;
    }

    final Sink wrapSink(Sink sink) {
        Objects.requireNonNull(sink);
        for (AbstractPipeline p = this; p.depth > 0; p = p.previousStage) {
            sink = p.opWrapSink(p.previousStage.flags, sink);
        }
        return sink;
    }

    /** The exact number of elements this stage will produce from {@code spl}, or -1. */
    final long exactOutputSizeIfKnown(Spliterator spl) {
        long size = (flags & SIZED) != 0 ? spl.getExactSizeIfKnown() : -1;
        if (size != -1 && (flags & SIZE_ADJUSTING) != 0) {
            for (AbstractPipeline p = sourceStage.nextStage; p != null; p = p == this ? null : p.nextStage) {
                size = p.exactOutputSize(size);
            }
        }
        return size;
    }

    final boolean isShortCircuit() {
        return (flags & SHORT_CIRCUIT) != 0;
    }

    /** Pushes the elements of the source spliterator through the wrapped sink. */
    final void copyInto(Sink wrapped, Spliterator spl, boolean shortCircuit) {
        wrapped.begin(spl.getExactSizeIfKnown());
        int shape = sourceStage.shape();
        if (!shortCircuit) {
            forEachRemaining(shape, spl, wrapped);
        } else {
            while (!wrapped.cancellationRequested() && tryAdvance(shape, spl, wrapped)) {
                // one element at a time
            }
        }
        wrapped.end();
    }

    /** Runs a terminal operation whose last sink is {@code terminal}. */
    final void evaluate(Sink terminal, boolean terminalShortCircuits) {
        Spliterator spl = terminalSpliterator();
        copyInto(wrapSink(terminal), spl, terminalShortCircuits || isShortCircuit());
    }

    static boolean tryAdvance(int shape, Spliterator spl, Sink sink) {
        switch (shape) {
            case INT:
                return ((Spliterator.OfInt) spl).tryAdvance((IntConsumer) sink);
            case LONG:
                return ((Spliterator.OfLong) spl).tryAdvance((LongConsumer) sink);
            case DOUBLE:
                return ((Spliterator.OfDouble) spl).tryAdvance((DoubleConsumer) sink);
            default:
                return spl.tryAdvance((Consumer) sink);
        }
    }

    static void forEachRemaining(int shape, Spliterator spl, Sink sink) {
        switch (shape) {
            case INT:
                ((Spliterator.OfInt) spl).forEachRemaining((IntConsumer) sink);
                break;
            case LONG:
                ((Spliterator.OfLong) spl).forEachRemaining((LongConsumer) sink);
                break;
            case DOUBLE:
                ((Spliterator.OfDouble) spl).forEachRemaining((DoubleConsumer) sink);
                break;
            default:
                spl.forEachRemaining((Consumer) sink);
                break;
        }
    }

    // ------------------------------------------------------------------ BaseStream

    public boolean isParallel() {
        return sourceStage.parallel;
    }

    public S sequential() {
        sourceStage.parallel = false;
        return (S) this;
    }

    public S parallel() {
        sourceStage.parallel = true;
        return (S) this;
    }

    public S onClose(Runnable closeHandler) {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        Objects.requireNonNull(closeHandler);
        Runnable existing = sourceStage.sourceCloseAction;
        sourceStage.sourceCloseAction = existing == null ? closeHandler : composeWithExceptions(existing, closeHandler);
        return (S) this;
    }

    public void close() {
        linkedOrConsumed = true;
        sourceSupplier = null;
        sourceSpliterator = null;
        if (sourceStage.sourceCloseAction != null) {
            Runnable closeAction = sourceStage.sourceCloseAction;
            sourceStage.sourceCloseAction = null;
            closeAction.run();
        }
    }

    /** Runs a, then b even if a throws; b's exception is suppressed into a's. */
    static Runnable composeWithExceptions(final Runnable a, final Runnable b) {
        return new Runnable() {
            public void run() {
                try {
                    a.run();
                } catch (Throwable e1) {
                    try {
                        b.run();
                    } catch (Throwable e2) {
                        try {
                            e1.addSuppressed(e2);
                        } catch (Throwable ignore) {
                            // as the JDK: keep e1
                        }
                    }
                    throw e1;
                }
                b.run();
            }
        };
    }

    /** Closes a, then b even if a throws (the close action of a concatenation). */
    static Runnable composedClose(final BaseStream a, final BaseStream b) {
        return new Runnable() {
            public void run() {
                try {
                    a.close();
                } catch (Throwable e1) {
                    try {
                        b.close();
                    } catch (Throwable e2) {
                        try {
                            e1.addSuppressed(e2);
                        } catch (Throwable ignore) {
                            // keep e1
                        }
                    }
                    throw e1;
                }
                b.close();
            }
        };
    }

    /**
     * The spliterator of this stage (BaseStream.spliterator): the source's own for a
     * source stage, else one that pulls source elements through the pipeline on demand.
     */
    final Spliterator spliteratorInternal() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        linkedOrConsumed = true;
        if (this == sourceStage) {
            if (sourceSpliterator != null) {
                Spliterator s = sourceSpliterator;
                sourceSpliterator = null;
                return s;
            } else if (sourceSupplier != null) {
                Supplier sup = sourceSupplier;
                sourceSupplier = null;
                return (Spliterator) sup.get();
            } else {
                throw new IllegalStateException(MSG_CONSUMED);
            }
        }
        switch (shape()) {
            case INT:
                return new WrappingSpliterator.OfInt(this);
            case LONG:
                return new WrappingSpliterator.OfLong(this);
            case DOUBLE:
                return new WrappingSpliterator.OfDouble(this);
            default:
                return new WrappingSpliterator.OfRef(this);
        }
    }

    // ------------------------------------------------------------------ sinks used by several shapes

    /** skip(n) and limit(m): a stage that drops the first elements and stops after a count. */
    static final class SliceSink extends Sink.Chained {
        private final long skip;
        private long n;
        private long m;

        SliceSink(Sink downstream, long skip, long limit) {
            super(downstream);
            this.skip = skip;
            this.n = skip;
            this.m = limit >= 0 ? limit : Long.MAX_VALUE;
        }

        public void begin(long size) {
            downstream.begin(calcSize(size, skip, m));
        }

        private boolean pass() {
            if (n == 0) {
                if (m > 0) {
                    m--;
                    return true;
                }
                return false;
            }
            n--;
            return false;
        }

        public void accept(Object t) {
            if (pass()) {
                downstream.accept(t);
            }
        }

        public void accept(int t) {
            if (pass()) {
                downstream.accept(t);
            }
        }

        public void accept(long t) {
            if (pass()) {
                downstream.accept(t);
            }
        }

        public void accept(double t) {
            if (pass()) {
                downstream.accept(t);
            }
        }

        public boolean cancellationRequested() {
            return m == 0 || downstream.cancellationRequested();
        }
    }

    static long calcSize(long size, long skip, long limit) {
        return size >= 0 ? Math.max(0, Math.min(size - skip, limit)) : -1;
    }

    /** The stage of skip/limit on any shape. */
    static void checkSliceArgument(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
    }

    /** Counts the elements of any shape. */
    static final class CountSink implements Sink {
        long count;

        public void begin(long size) {
            count = 0;
        }

        public void accept(Object t) {
            count++;
        }

        public void accept(int t) {
            count++;
        }

        public void accept(long t) {
            count++;
        }

        public void accept(double t) {
            count++;
        }
    }

    final long countInternal() {
        Spliterator spl = terminalSpliterator();
        long size = exactOutputSizeIfKnown(spl);
        if (size != -1) {
            return size;
        }
        CountSink sink = new CountSink();
        copyInto(wrapSink(sink), spl, isShortCircuit());
        return sink.count;
    }

    /** The sink of a flat-mapping stage: pushes whole inner streams, closing each. */
    abstract static class FlatMapSink extends Sink.Chained {
        boolean cancellationRequestedCalled;

        FlatMapSink(Sink downstream) {
            super(downstream);
        }

        public void begin(long size) {
            downstream.begin(-1);
        }

        public boolean cancellationRequested() {
            cancellationRequestedCalled = true;
            return downstream.cancellationRequested();
        }

        /** Pushes the elements of {@code result} (of the given shape) downstream, then closes it. */
        final void push(BaseStream result, int shape) {
            try (BaseStream r = result) {
                if (r != null) {
                    if (!cancellationRequestedCalled) {
                        switch (shape) {
                            case INT:
                                ((IntStream) r).sequential().forEach((IntConsumer) downstream);
                                break;
                            case LONG:
                                ((LongStream) r).sequential().forEach((LongConsumer) downstream);
                                break;
                            case DOUBLE:
                                ((DoubleStream) r).sequential().forEach((DoubleConsumer) downstream);
                                break;
                            default:
                                ((Stream) r.sequential()).forEach((Consumer) downstream);
                                break;
                        }
                    } else {
                        Spliterator s = r.sequential().spliterator();
                        while (!downstream.cancellationRequested() && tryAdvance(shape, s, downstream)) {
                            // one element at a time
                        }
                    }
                }
            }
        }
    }

    /** The sink of a sorting stage: a barrier that sorts everything at the end, then pushes it on. */
    abstract static class SortingSink extends Sink.Chained {
        boolean cancellationRequestedCalled;

        SortingSink(Sink downstream) {
            super(downstream);
        }

        public void begin(long size) {
            if (size >= MAX_ARRAY_SIZE) {
                throw new IllegalArgumentException(BAD_SIZE);
            }
        }

        public boolean cancellationRequested() {
            cancellationRequestedCalled = true;
            return false;
        }
    }

    /** Calls a consumer of the matching shape for every element. */
    static final class ForEachSink implements Sink {
        private final Consumer ref;
        private final IntConsumer ints;
        private final LongConsumer longs;
        private final DoubleConsumer doubles;

        ForEachSink(Consumer ref, IntConsumer ints, LongConsumer longs, DoubleConsumer doubles) {
            this.ref = ref;
            this.ints = ints;
            this.longs = longs;
            this.doubles = doubles;
        }

        public void accept(Object t) {
            ref.accept(t);
        }

        public void accept(int t) {
            ints.accept(t);
        }

        public void accept(long t) {
            longs.accept(t);
        }

        public void accept(double t) {
            doubles.accept(t);
        }
    }

    /** anyMatch/allMatch/noneMatch on any shape: stops at the first element that decides. */
    static final class MatchSink implements Sink {
        static final int ANY = 0;
        static final int ALL = 1;
        static final int NONE = 2;

        private final Object predicate;
        private final boolean stopOnPredicateMatches;
        private final boolean shortCircuitResult;
        boolean stop;
        boolean value;

        MatchSink(int kind, Object predicate) {
            this.predicate = Objects.requireNonNull(predicate);
            this.stopOnPredicateMatches = kind != ALL;
            this.shortCircuitResult = kind == ANY;
            this.value = !shortCircuitResult;
        }

        private void decide(boolean matches) {
            if (matches == stopOnPredicateMatches) {
                stop = true;
                value = shortCircuitResult;
            }
        }

        public void accept(Object t) {
            if (!stop) {
                decide(((java.util.function.Predicate) predicate).test(t));
            }
        }

        public void accept(int t) {
            if (!stop) {
                decide(((java.util.function.IntPredicate) predicate).test(t));
            }
        }

        public void accept(long t) {
            if (!stop) {
                decide(((java.util.function.LongPredicate) predicate).test(t));
            }
        }

        public void accept(double t) {
            if (!stop) {
                decide(((java.util.function.DoublePredicate) predicate).test(t));
            }
        }

        public boolean cancellationRequested() {
            return stop;
        }
    }

    /** findFirst/findAny on any shape: keeps the first element. */
    static final class FindSink implements Sink {
        boolean hasValue;
        Object ref;
        int intValue;
        long longValue;
        double doubleValue;

        public void accept(Object t) {
            if (!hasValue) {
                hasValue = true;
                ref = t;
            }
        }

        public void accept(int t) {
            if (!hasValue) {
                hasValue = true;
                intValue = t;
            }
        }

        public void accept(long t) {
            if (!hasValue) {
                hasValue = true;
                longValue = t;
            }
        }

        public void accept(double t) {
            if (!hasValue) {
                hasValue = true;
                doubleValue = t;
            }
        }

        public boolean cancellationRequested() {
            return hasValue;
        }
    }

    /** takeWhile on any shape. */
    static final class TakeWhileSink extends Sink.Chained {
        private final Object predicate;
        private boolean take = true;

        TakeWhileSink(Sink downstream, Object predicate) {
            super(downstream);
            this.predicate = predicate;
        }

        public void begin(long size) {
            downstream.begin(-1);
        }

        public void accept(Object t) {
            if (take && (take = ((java.util.function.Predicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public void accept(int t) {
            if (take && (take = ((java.util.function.IntPredicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public void accept(long t) {
            if (take && (take = ((java.util.function.LongPredicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public void accept(double t) {
            if (take && (take = ((java.util.function.DoublePredicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public boolean cancellationRequested() {
            return !take || downstream.cancellationRequested();
        }
    }

    /** dropWhile on any shape. */
    static final class DropWhileSink extends Sink.Chained {
        private final Object predicate;
        private boolean take;

        DropWhileSink(Sink downstream, Object predicate) {
            super(downstream);
            this.predicate = predicate;
        }

        public void begin(long size) {
            downstream.begin(-1);
        }

        public void accept(Object t) {
            if (take || (take = !((java.util.function.Predicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public void accept(int t) {
            if (take || (take = !((java.util.function.IntPredicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public void accept(long t) {
            if (take || (take = !((java.util.function.LongPredicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }

        public void accept(double t) {
            if (take || (take = !((java.util.function.DoublePredicate) predicate).test(t))) {
                downstream.accept(t);
            }
        }
    }

    /** peek on any shape. */
    static final class PeekSink extends Sink.Chained {
        private final Object action;

        PeekSink(Sink downstream, Object action) {
            super(downstream);
            this.action = action;
        }

        public void accept(Object t) {
            ((Consumer) action).accept(t);
            downstream.accept(t);
        }

        public void accept(int t) {
            ((IntConsumer) action).accept(t);
            downstream.accept(t);
        }

        public void accept(long t) {
            ((LongConsumer) action).accept(t);
            downstream.accept(t);
        }

        public void accept(double t) {
            ((DoubleConsumer) action).accept(t);
            downstream.accept(t);
        }
    }
}
