package java.util.stream;

import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The sources of the stream factories: builders, ranges, iterate, generate, concat. */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Streams {
    private Streams() {
    }

    /** onClose handler that closes another stream (the default takeWhile/dropWhile). */
    static final class CloseRunnable implements Runnable {
        private final BaseStream stream;

        CloseRunnable(BaseStream stream) {
            this.stream = stream;
        }

        public void run() {
            stream.close();
        }
    }

    // ------------------------------------------------------------------ single element

    /** The source of Stream.of(t): one element, sized and immutable. */
    static final class SingleSpliterator<T> implements Spliterator<T> {
        private T element;
        private boolean consumed;

        SingleSpliterator(T element) {
            this.element = element;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (!consumed) {
                consumed = true;
                T t = element;
                element = null;
                action.accept(t);
                return true;
            }
            return false;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            tryAdvance(action);
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        public long estimateSize() {
            return consumed ? 0 : 1;
        }

        public int characteristics() {
            return Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.IMMUTABLE;
        }
    }

    // ------------------------------------------------------------------ builders

    /**
     * The spliterator of a built Stream.Builder: with fewer than two elements the JDK's
     * builder is its own (immutable) spliterator, with more its buffer's.
     */
    static <S extends Spliterator<?>> S builtSpliterator(int count, Object array, S bufferSpliterator) {
        if (count >= 2) {
            return bufferSpliterator;
        }
        int cs = Spliterator.ORDERED | Spliterator.IMMUTABLE;
        if (array instanceof int[]) {
            return (S) Spliterators.spliterator((int[]) array, 0, count, cs);
        } else if (array instanceof long[]) {
            return (S) Spliterators.spliterator((long[]) array, 0, count, cs);
        } else if (array instanceof double[]) {
            return (S) Spliterators.spliterator((double[]) array, 0, count, cs);
        }
        return (S) Spliterators.spliterator((Object[]) array, 0, count, cs);
    }

    static final class RefBuilder<T> implements Stream.Builder<T> {
        private final Buffers.Ref<T> buffer = new Buffers.Ref<T>();
        private boolean built;

        public void accept(T t) {
            if (built) {
                throw new IllegalStateException();
            }
            buffer.accept(t);
        }

        public Stream<T> build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return StreamSupport.stream(builtSpliterator(buffer.count, buffer.array, buffer.spliterator()), false);
        }
    }

    static final class IntBuilder implements IntStream.Builder {
        private final Buffers.OfInt buffer = new Buffers.OfInt();
        private boolean built;

        public void accept(int t) {
            if (built) {
                throw new IllegalStateException();
            }
            buffer.accept(t);
        }

        public IntStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return StreamSupport.intStream(builtSpliterator(buffer.count, buffer.array, buffer.spliterator()), false);
        }
    }

    static final class LongBuilder implements LongStream.Builder {
        private final Buffers.OfLong buffer = new Buffers.OfLong();
        private boolean built;

        public void accept(long t) {
            if (built) {
                throw new IllegalStateException();
            }
            buffer.accept(t);
        }

        public LongStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return StreamSupport.longStream(builtSpliterator(buffer.count, buffer.array, buffer.spliterator()), false);
        }
    }

    static final class DoubleBuilder implements DoubleStream.Builder {
        private final Buffers.OfDouble buffer = new Buffers.OfDouble();
        private boolean built;

        public void accept(double t) {
            if (built) {
                throw new IllegalStateException();
            }
            buffer.accept(t);
        }

        public DoubleStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return StreamSupport.doubleStream(builtSpliterator(buffer.count, buffer.array, buffer.spliterator()), false);
        }
    }

    // ------------------------------------------------------------------ ranges

    static final class RangeIntSpliterator implements Spliterator.OfInt {
        private int from;
        private final int upTo;
        private int last;

        RangeIntSpliterator(int from, int upTo, boolean closed) {
            this.from = from;
            this.upTo = upTo;
            this.last = closed ? 1 : 0;
        }

        public boolean tryAdvance(IntConsumer consumer) {
            Objects.requireNonNull(consumer);
            int i = from;
            if (i < upTo) {
                from++;
                consumer.accept(i);
                return true;
            } else if (last > 0) {
                last = 0;
                consumer.accept(i);
                return true;
            }
            return false;
        }

        public void forEachRemaining(IntConsumer consumer) {
            Objects.requireNonNull(consumer);
            int i = from;
            int hUpTo = upTo;
            int hLast = last;
            from = upTo;
            last = 0;
            while (i < hUpTo) {
                consumer.accept(i++);
            }
            if (hLast > 0) {
                consumer.accept(i);
            }
        }

        public long estimateSize() {
            return ((long) upTo) - from + last;
        }

        public int characteristics() {
            return Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.IMMUTABLE
                    | Spliterator.NONNULL | Spliterator.DISTINCT | Spliterator.SORTED;
        }

        public Comparator<? super Integer> getComparator() {
            return null;
        }

        public Spliterator.OfInt trySplit() {
            long size = estimateSize();
            if (size <= 1) {
                return null;
            }
            int mid = from + (int) (size / 2);
            RangeIntSpliterator prefix = new RangeIntSpliterator(from, mid, false);
            from = mid;
            return prefix;
        }
    }

    static final class RangeLongSpliterator implements Spliterator.OfLong {
        private long from;
        private final long upTo;
        private int last;

        RangeLongSpliterator(long from, long upTo, boolean closed) {
            this.from = from;
            this.upTo = upTo;
            this.last = closed ? 1 : 0;
        }

        public boolean tryAdvance(LongConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = from;
            if (i < upTo) {
                from++;
                consumer.accept(i);
                return true;
            } else if (last > 0) {
                last = 0;
                consumer.accept(i);
                return true;
            }
            return false;
        }

        public void forEachRemaining(LongConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = from;
            long hUpTo = upTo;
            int hLast = last;
            from = upTo;
            last = 0;
            while (i < hUpTo) {
                consumer.accept(i++);
            }
            if (hLast > 0) {
                consumer.accept(i);
            }
        }

        public long estimateSize() {
            return upTo - from + last;
        }

        public int characteristics() {
            return Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.IMMUTABLE
                    | Spliterator.NONNULL | Spliterator.DISTINCT | Spliterator.SORTED;
        }

        public Comparator<? super Long> getComparator() {
            return null;
        }

        public Spliterator.OfLong trySplit() {
            long size = estimateSize();
            if (size <= 1) {
                return null;
            }
            long mid = from + size / 2;
            RangeLongSpliterator prefix = new RangeLongSpliterator(from, mid, false);
            from = mid;
            return prefix;
        }
    }

    // ------------------------------------------------------------------ iterate

    static final class IterateSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final T seed;
        private final UnaryOperator<T> f;
        private T prev;
        private boolean started;

        IterateSpliterator(T seed, UnaryOperator<T> f) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE);
            this.seed = seed;
            this.f = f;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            T t;
            if (started) {
                t = f.apply(prev);
            } else {
                t = seed;
                started = true;
            }
            action.accept(prev = t);
            return true;
        }
    }

    static final class IterateWhileSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final T seed;
        private final Predicate<? super T> hasNext;
        private final UnaryOperator<T> next;
        private T prev;
        private boolean started;
        private boolean finished;

        IterateWhileSpliterator(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE);
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (finished) {
                return false;
            }
            T t;
            if (started) {
                t = next.apply(prev);
            } else {
                t = seed;
                started = true;
            }
            if (!hasNext.test(t)) {
                prev = null;
                finished = true;
                return false;
            }
            action.accept(prev = t);
            return true;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (finished) {
                return;
            }
            finished = true;
            T t = started ? next.apply(prev) : seed;
            prev = null;
            while (hasNext.test(t)) {
                action.accept(t);
                t = next.apply(t);
            }
        }
    }

    static final class IntIterateSpliterator extends Spliterators.AbstractIntSpliterator {
        private final int seed;
        private final IntUnaryOperator f;
        private int prev;
        private boolean started;

        IntIterateSpliterator(int seed, IntUnaryOperator f) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.seed = seed;
            this.f = f;
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            int t;
            if (started) {
                t = f.applyAsInt(prev);
            } else {
                t = seed;
                started = true;
            }
            action.accept(prev = t);
            return true;
        }
    }

    static final class IntIterateWhileSpliterator extends Spliterators.AbstractIntSpliterator {
        private final int seed;
        private final IntPredicate hasNext;
        private final IntUnaryOperator next;
        private int prev;
        private boolean started;
        private boolean finished;

        IntIterateWhileSpliterator(int seed, IntPredicate hasNext, IntUnaryOperator next) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (finished) {
                return false;
            }
            int t;
            if (started) {
                t = next.applyAsInt(prev);
            } else {
                t = seed;
                started = true;
            }
            if (!hasNext.test(t)) {
                finished = true;
                return false;
            }
            action.accept(prev = t);
            return true;
        }

        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            if (finished) {
                return;
            }
            finished = true;
            int t = started ? next.applyAsInt(prev) : seed;
            while (hasNext.test(t)) {
                action.accept(t);
                t = next.applyAsInt(t);
            }
        }
    }

    static final class LongIterateSpliterator extends Spliterators.AbstractLongSpliterator {
        private final long seed;
        private final LongUnaryOperator f;
        private long prev;
        private boolean started;

        LongIterateSpliterator(long seed, LongUnaryOperator f) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.seed = seed;
            this.f = f;
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            long t;
            if (started) {
                t = f.applyAsLong(prev);
            } else {
                t = seed;
                started = true;
            }
            action.accept(prev = t);
            return true;
        }
    }

    static final class LongIterateWhileSpliterator extends Spliterators.AbstractLongSpliterator {
        private final long seed;
        private final LongPredicate hasNext;
        private final LongUnaryOperator next;
        private long prev;
        private boolean started;
        private boolean finished;

        LongIterateWhileSpliterator(long seed, LongPredicate hasNext, LongUnaryOperator next) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (finished) {
                return false;
            }
            long t;
            if (started) {
                t = next.applyAsLong(prev);
            } else {
                t = seed;
                started = true;
            }
            if (!hasNext.test(t)) {
                finished = true;
                return false;
            }
            action.accept(prev = t);
            return true;
        }

        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            if (finished) {
                return;
            }
            finished = true;
            long t = started ? next.applyAsLong(prev) : seed;
            while (hasNext.test(t)) {
                action.accept(t);
                t = next.applyAsLong(t);
            }
        }
    }

    static final class DoubleIterateSpliterator extends Spliterators.AbstractDoubleSpliterator {
        private final double seed;
        private final DoubleUnaryOperator f;
        private double prev;
        private boolean started;

        DoubleIterateSpliterator(double seed, DoubleUnaryOperator f) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.seed = seed;
            this.f = f;
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            double t;
            if (started) {
                t = f.applyAsDouble(prev);
            } else {
                t = seed;
                started = true;
            }
            action.accept(prev = t);
            return true;
        }
    }

    static final class DoubleIterateWhileSpliterator extends Spliterators.AbstractDoubleSpliterator {
        private final double seed;
        private final DoublePredicate hasNext;
        private final DoubleUnaryOperator next;
        private double prev;
        private boolean started;
        private boolean finished;

        DoubleIterateWhileSpliterator(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (finished) {
                return false;
            }
            double t;
            if (started) {
                t = next.applyAsDouble(prev);
            } else {
                t = seed;
                started = true;
            }
            if (!hasNext.test(t)) {
                finished = true;
                return false;
            }
            action.accept(prev = t);
            return true;
        }

        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (finished) {
                return;
            }
            finished = true;
            double t = started ? next.applyAsDouble(prev) : seed;
            while (hasNext.test(t)) {
                action.accept(t);
                t = next.applyAsDouble(t);
            }
        }
    }

    // ------------------------------------------------------------------ generate (infinite, unordered)

    static final class GenerateSpliterator<T> implements Spliterator<T> {
        private long estimate;
        private final Supplier<? extends T> s;

        GenerateSpliterator(long size, Supplier<? extends T> s) {
            this.estimate = size;
            this.s = s;
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            action.accept(s.get());
            return true;
        }

        public Spliterator<T> trySplit() {
            if (estimate == 0) {
                return null;
            }
            return new GenerateSpliterator<T>(estimate >>>= 1, s);
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return Spliterator.IMMUTABLE;
        }
    }

    static final class IntGenerateSpliterator implements Spliterator.OfInt {
        private long estimate;
        private final IntSupplier s;

        IntGenerateSpliterator(long size, IntSupplier s) {
            this.estimate = size;
            this.s = s;
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            action.accept(s.getAsInt());
            return true;
        }

        public Spliterator.OfInt trySplit() {
            if (estimate == 0) {
                return null;
            }
            return new IntGenerateSpliterator(estimate >>>= 1, s);
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return Spliterator.IMMUTABLE;
        }
    }

    static final class LongGenerateSpliterator implements Spliterator.OfLong {
        private long estimate;
        private final LongSupplier s;

        LongGenerateSpliterator(long size, LongSupplier s) {
            this.estimate = size;
            this.s = s;
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            action.accept(s.getAsLong());
            return true;
        }

        public Spliterator.OfLong trySplit() {
            if (estimate == 0) {
                return null;
            }
            return new LongGenerateSpliterator(estimate >>>= 1, s);
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return Spliterator.IMMUTABLE;
        }
    }

    static final class DoubleGenerateSpliterator implements Spliterator.OfDouble {
        private long estimate;
        private final DoubleSupplier s;

        DoubleGenerateSpliterator(long size, DoubleSupplier s) {
            this.estimate = size;
            this.s = s;
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            action.accept(s.getAsDouble());
            return true;
        }

        public Spliterator.OfDouble trySplit() {
            if (estimate == 0) {
                return null;
            }
            return new DoubleGenerateSpliterator(estimate >>>= 1, s);
        }

        public long estimateSize() {
            return estimate;
        }

        public int characteristics() {
            return Spliterator.IMMUTABLE;
        }
    }

    // ------------------------------------------------------------------ concat

    abstract static class ConcatSpliterator<T, S extends Spliterator<T>> {
        final S aSpliterator;
        final S bSpliterator;
        boolean beforeSplit;
        final boolean unsized;

        ConcatSpliterator(S a, S b) {
            this.aSpliterator = a;
            this.bSpliterator = b;
            this.beforeSplit = true;
            this.unsized = a.estimateSize() + b.estimateSize() < 0;
        }

        public long estimateSize() {
            if (beforeSplit) {
                long size = aSpliterator.estimateSize() + bSpliterator.estimateSize();
                return size >= 0 ? size : Long.MAX_VALUE;
            }
            return bSpliterator.estimateSize();
        }

        public int characteristics() {
            if (beforeSplit) {
                return aSpliterator.characteristics() & bSpliterator.characteristics()
                        & ~(Spliterator.DISTINCT | Spliterator.SORTED
                                | (unsized ? Spliterator.SIZED | Spliterator.SUBSIZED : 0));
            }
            return bSpliterator.characteristics();
        }

        public Comparator<? super T> getComparator() {
            if (beforeSplit) {
                throw new IllegalStateException();
            }
            return bSpliterator.getComparator();
        }

        final S split() {
            S ret = beforeSplit ? aSpliterator : (S) bSpliterator.trySplit();
            beforeSplit = false;
            return ret;
        }

        static final class OfRef<T> extends ConcatSpliterator<T, Spliterator<T>> implements Spliterator<T> {
            OfRef(Spliterator<T> a, Spliterator<T> b) {
                super(a, b);
            }

            public Spliterator<T> trySplit() {
                return split();
            }

            public boolean tryAdvance(Consumer<? super T> consumer) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(consumer);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(consumer);
                    }
                } else {
                    hasNext = bSpliterator.tryAdvance(consumer);
                }
                return hasNext;
            }

            public void forEachRemaining(Consumer<? super T> consumer) {
                if (beforeSplit) {
                    aSpliterator.forEachRemaining(consumer);
                }
                bSpliterator.forEachRemaining(consumer);
            }
        }

        static final class OfInt extends ConcatSpliterator<Integer, Spliterator.OfInt> implements Spliterator.OfInt {
            OfInt(Spliterator.OfInt a, Spliterator.OfInt b) {
                super(a, b);
            }

            public Spliterator.OfInt trySplit() {
                return split();
            }

            public boolean tryAdvance(IntConsumer consumer) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(consumer);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(consumer);
                    }
                } else {
                    hasNext = bSpliterator.tryAdvance(consumer);
                }
                return hasNext;
            }

            public void forEachRemaining(IntConsumer consumer) {
                if (beforeSplit) {
                    aSpliterator.forEachRemaining(consumer);
                }
                bSpliterator.forEachRemaining(consumer);
            }
        }

        static final class OfLong extends ConcatSpliterator<Long, Spliterator.OfLong> implements Spliterator.OfLong {
            OfLong(Spliterator.OfLong a, Spliterator.OfLong b) {
                super(a, b);
            }

            public Spliterator.OfLong trySplit() {
                return split();
            }

            public boolean tryAdvance(LongConsumer consumer) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(consumer);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(consumer);
                    }
                } else {
                    hasNext = bSpliterator.tryAdvance(consumer);
                }
                return hasNext;
            }

            public void forEachRemaining(LongConsumer consumer) {
                if (beforeSplit) {
                    aSpliterator.forEachRemaining(consumer);
                }
                bSpliterator.forEachRemaining(consumer);
            }
        }

        static final class OfDouble extends ConcatSpliterator<Double, Spliterator.OfDouble>
                implements Spliterator.OfDouble {
            OfDouble(Spliterator.OfDouble a, Spliterator.OfDouble b) {
                super(a, b);
            }

            public Spliterator.OfDouble trySplit() {
                return split();
            }

            public boolean tryAdvance(DoubleConsumer consumer) {
                boolean hasNext;
                if (beforeSplit) {
                    hasNext = aSpliterator.tryAdvance(consumer);
                    if (!hasNext) {
                        beforeSplit = false;
                        hasNext = bSpliterator.tryAdvance(consumer);
                    }
                } else {
                    hasNext = bSpliterator.tryAdvance(consumer);
                }
                return hasNext;
            }

            public void forEachRemaining(DoubleConsumer consumer) {
                if (beforeSplit) {
                    aSpliterator.forEachRemaining(consumer);
                }
                bSpliterator.forEachRemaining(consumer);
            }
        }
    }
}
