package java.util.random;

/**
 * The common interface of pseudo-random generators (JDK 17). Only {@link #nextLong()} is
 * abstract; the other methods derive their values from it the way the JDK does, so a
 * generator gives the same bounded values as on the JDK.
 *
 * <p>Not here: the
 * factories ({@code of}, {@code getDefault}) and the nested generator interfaces. The
 * JDK's default {@code nextGaussian()}, {@code nextGaussian(mean, stddev)} and
 * {@code nextExponential()} use a ziggurat algorithm with precomputed tables that this
 * library does not have; they throw {@code UnsupportedOperationException} here (a
 * generator that overrides {@code nextGaussian()}, like {@code java.util.Random}, is
 * unaffected for that method).
 */
public interface RandomGenerator {
    default boolean isDeprecated() {
        return false;
    }

    default boolean nextBoolean() {
        return nextInt() < 0;
    }

    default void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        for (int words = len >> 3; words-- > 0;) {
            long rnd = nextLong();
            for (int n = 8; n-- > 0; rnd >>>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
        if (i < len) {
            for (long rnd = nextLong(); i < len; rnd >>>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    default float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    default float nextFloat(float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        float r = nextFloat();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    default float nextFloat(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        float r = nextFloat();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = Math.nextAfter(bound, origin);
        }
        return r;
    }

    default double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    default double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    default double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = Math.nextAfter(bound, origin);
        }
        return r;
    }

    default int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    default int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            r &= m;
        } else {
            // reject the top partial range so that every residue is equally likely
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
                // retry
            }
        }
        return r;
    }

    default int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
                // retry
            }
            r += origin;
        } else {
            // the range does not fit in an int: draw until a value falls inside
            while (r < origin || r >= bound) {
                r = nextInt();
            }
        }
        return r;
    }

    long nextLong();

    default long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long r = nextLong();
        long m = bound - 1;
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
                // retry
            }
        }
        return r;
    }

    default long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {
                // retry
            }
            r += origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextLong();
            }
        }
        return r;
    }

    default double nextGaussian() {
        throw new UnsupportedOperationException("nextGaussian: the JDK's ziggurat tables are not in this library");
    }

    default double nextGaussian(double mean, double stddev) {
        if (stddev < 0.0) {
            throw new IllegalArgumentException("standard deviation must be non-negative");
        }
        throw new UnsupportedOperationException("nextGaussian: the JDK's ziggurat tables are not in this library");
    }

    default double nextExponential() {
        throw new UnsupportedOperationException("nextExponential: the JDK's ziggurat tables are not in this library");
    }

    // ---- streams: unsized generate-based streams, as the JDK's defaults (java.util.Random overrides them)

    default java.util.stream.IntStream ints() {
        final RandomGenerator self = this;
        return java.util.stream.IntStream.generate(new java.util.function.IntSupplier() {
            public int getAsInt() {
                return self.nextInt();
            }
        }).sequential();
    }

    default java.util.stream.IntStream ints(final int randomNumberOrigin, final int randomNumberBound) {
        if (randomNumberOrigin >= randomNumberBound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        final RandomGenerator self = this;
        return java.util.stream.IntStream.generate(new java.util.function.IntSupplier() {
            public int getAsInt() {
                return self.nextInt(randomNumberOrigin, randomNumberBound);
            }
        }).sequential();
    }

    default java.util.stream.IntStream ints(long streamSize) {
        checkStreamSize(streamSize);
        return ints().limit(streamSize);
    }

    default java.util.stream.IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        checkStreamSize(streamSize);
        return ints(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default java.util.stream.LongStream longs() {
        final RandomGenerator self = this;
        return java.util.stream.LongStream.generate(new java.util.function.LongSupplier() {
            public long getAsLong() {
                return self.nextLong();
            }
        }).sequential();
    }

    default java.util.stream.LongStream longs(final long randomNumberOrigin, final long randomNumberBound) {
        if (randomNumberOrigin >= randomNumberBound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        final RandomGenerator self = this;
        return java.util.stream.LongStream.generate(new java.util.function.LongSupplier() {
            public long getAsLong() {
                return self.nextLong(randomNumberOrigin, randomNumberBound);
            }
        }).sequential();
    }

    default java.util.stream.LongStream longs(long streamSize) {
        checkStreamSize(streamSize);
        return longs().limit(streamSize);
    }

    default java.util.stream.LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        checkStreamSize(streamSize);
        return longs(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    default java.util.stream.DoubleStream doubles() {
        final RandomGenerator self = this;
        return java.util.stream.DoubleStream.generate(new java.util.function.DoubleSupplier() {
            public double getAsDouble() {
                return self.nextDouble();
            }
        }).sequential();
    }

    default java.util.stream.DoubleStream doubles(final double randomNumberOrigin, final double randomNumberBound) {
        if (!(randomNumberOrigin < randomNumberBound && (randomNumberBound - randomNumberOrigin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        final RandomGenerator self = this;
        return java.util.stream.DoubleStream.generate(new java.util.function.DoubleSupplier() {
            public double getAsDouble() {
                return self.nextDouble(randomNumberOrigin, randomNumberBound);
            }
        }).sequential();
    }

    default java.util.stream.DoubleStream doubles(long streamSize) {
        checkStreamSize(streamSize);
        return doubles().limit(streamSize);
    }

    default java.util.stream.DoubleStream doubles(long streamSize, double randomNumberOrigin,
            double randomNumberBound) {
        checkStreamSize(streamSize);
        return doubles(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    private static void checkStreamSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
    }
}
