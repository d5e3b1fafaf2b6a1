package java.util;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

/**
 * The streams of {@link Random#ints()} and its relatives: sized spliterators (also the
 * "infinite" ones, of size Long.MAX_VALUE, as in the JDK) drawing each value from the
 * generator with the same bounded algorithms as its nextInt/nextLong/nextDouble(origin, bound).
 */
final class RandomStreams {
    static final String BAD_SIZE = "size must be non-negative";
    static final String BAD_RANGE = "bound must be greater than origin";

    private RandomStreams() {
    }

    static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException(BAD_SIZE);
        }
    }

    static void checkRange(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
    }

    static void checkRange(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
    }

    static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(BAD_RANGE);
        }
    }

    static IntStream ints(RandomGenerator rng, long size, int origin, int bound) {
        return StreamSupport.intStream(new IntsSpliterator(rng, 0L, size, origin, bound), false);
    }

    static LongStream longs(RandomGenerator rng, long size, long origin, long bound) {
        return StreamSupport.longStream(new LongsSpliterator(rng, 0L, size, origin, bound), false);
    }

    static DoubleStream doubles(RandomGenerator rng, long size, double origin, double bound) {
        return StreamSupport.doubleStream(new DoublesSpliterator(rng, 0L, size, origin, bound), false);
    }

    private static final int CHARACTERISTICS = Spliterator.SIZED | Spliterator.SUBSIZED | Spliterator.NONNULL
            | Spliterator.IMMUTABLE;

    static final class IntsSpliterator implements Spliterator.OfInt {
        private final RandomGenerator rng;
        private long index;
        private final long fence;
        private final int origin;
        private final int bound;

        IntsSpliterator(RandomGenerator rng, long index, long fence, int origin, int bound) {
            this.rng = rng;
            this.index = index;
            this.fence = fence;
            this.origin = origin;
            this.bound = bound;
        }

        private int next() {
            return origin < bound ? rng.nextInt(origin, bound) : rng.nextInt();
        }

        public Spliterator.OfInt trySplit() {
            long i = index;
            long m = (i + fence) >>> 1;
            if (m <= i) {
                return null;
            }
            index = m;
            return new IntsSpliterator(rng, i, m, origin, bound);
        }

        public long estimateSize() {
            return fence - index;
        }

        public int characteristics() {
            return CHARACTERISTICS;
        }

        public boolean tryAdvance(IntConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = index;
            if (i < fence) {
                consumer.accept(next());
                index = i + 1;
                return true;
            }
            return false;
        }

        public void forEachRemaining(IntConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = index;
            long f = fence;
            if (i < f) {
                index = f;
                do {
                    consumer.accept(next());
                } while (++i < f);
            }
        }
    }

    static final class LongsSpliterator implements Spliterator.OfLong {
        private final RandomGenerator rng;
        private long index;
        private final long fence;
        private final long origin;
        private final long bound;

        LongsSpliterator(RandomGenerator rng, long index, long fence, long origin, long bound) {
            this.rng = rng;
            this.index = index;
            this.fence = fence;
            this.origin = origin;
            this.bound = bound;
        }

        private long next() {
            return origin < bound ? rng.nextLong(origin, bound) : rng.nextLong();
        }

        public Spliterator.OfLong trySplit() {
            long i = index;
            long m = (i + fence) >>> 1;
            if (m <= i) {
                return null;
            }
            index = m;
            return new LongsSpliterator(rng, i, m, origin, bound);
        }

        public long estimateSize() {
            return fence - index;
        }

        public int characteristics() {
            return CHARACTERISTICS;
        }

        public boolean tryAdvance(LongConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = index;
            if (i < fence) {
                consumer.accept(next());
                index = i + 1;
                return true;
            }
            return false;
        }

        public void forEachRemaining(LongConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = index;
            long f = fence;
            if (i < f) {
                index = f;
                do {
                    consumer.accept(next());
                } while (++i < f);
            }
        }
    }

    static final class DoublesSpliterator implements Spliterator.OfDouble {
        private final RandomGenerator rng;
        private long index;
        private final long fence;
        private final double origin;
        private final double bound;

        DoublesSpliterator(RandomGenerator rng, long index, long fence, double origin, double bound) {
            this.rng = rng;
            this.index = index;
            this.fence = fence;
            this.origin = origin;
            this.bound = bound;
        }

        private double next() {
            return origin < bound ? rng.nextDouble(origin, bound) : rng.nextDouble();
        }

        public Spliterator.OfDouble trySplit() {
            long i = index;
            long m = (i + fence) >>> 1;
            if (m <= i) {
                return null;
            }
            index = m;
            return new DoublesSpliterator(rng, i, m, origin, bound);
        }

        public long estimateSize() {
            return fence - index;
        }

        public int characteristics() {
            return CHARACTERISTICS;
        }

        public boolean tryAdvance(DoubleConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = index;
            if (i < fence) {
                consumer.accept(next());
                index = i + 1;
                return true;
            }
            return false;
        }

        public void forEachRemaining(DoubleConsumer consumer) {
            Objects.requireNonNull(consumer);
            long i = index;
            long f = fence;
            if (i < f) {
                index = f;
                do {
                    consumer.accept(next());
                } while (++i < f);
            }
        }
    }
}
