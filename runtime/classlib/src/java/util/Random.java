package java.util;

import java.util.random.RandomGenerator;

/**
 * The JDK's 48-bit linear congruential generator, with the same sequences for a seed. The
 * bounded methods not declared here (nextLong(bound), nextDouble(origin, bound), ...)
 * are RandomGenerator's defaults, built on the methods below as in the JDK.
 */
public class Random implements RandomGenerator, java.io.Serializable {
    private long seed;
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static long seedUniquifier = 8682522807148012L;

    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    public Random() {
        this(seedUniquifier() ^ System.nanoTime());
    }

    private static synchronized long seedUniquifier() {
        seedUniquifier = seedUniquifier * 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len;) {
            for (int rnd = nextInt(), n = Math.min(len - i, Integer.SIZE / Byte.SIZE); n-- > 0; rnd >>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
            }
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        final int n = bound - origin;
        final int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
            }
            r += origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextInt();
            }
        }
        return r;
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        } else {
            double v1, v2, s;
            do {
                v1 = 2 * nextDouble() - 1;
                v2 = 2 * nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s >= 1 || s == 0);
            double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            nextNextGaussian = v2 * multiplier;
            haveNextNextGaussian = true;
            return v1 * multiplier;
        }
    }

    // ---- streams (sized, as the JDK's; the values are those of nextInt()/nextInt(origin, bound) etc.)

    public java.util.stream.IntStream ints(long streamSize) {
        RandomStreams.checkStreamSize(streamSize);
        return RandomStreams.ints(this, streamSize, Integer.MAX_VALUE, 0);
    }

    public java.util.stream.IntStream ints() {
        return RandomStreams.ints(this, Long.MAX_VALUE, Integer.MAX_VALUE, 0);
    }

    public java.util.stream.IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        RandomStreams.checkStreamSize(streamSize);
        RandomStreams.checkRange(randomNumberOrigin, randomNumberBound);
        return RandomStreams.ints(this, streamSize, randomNumberOrigin, randomNumberBound);
    }

    public java.util.stream.IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        RandomStreams.checkRange(randomNumberOrigin, randomNumberBound);
        return RandomStreams.ints(this, Long.MAX_VALUE, randomNumberOrigin, randomNumberBound);
    }

    public java.util.stream.LongStream longs(long streamSize) {
        RandomStreams.checkStreamSize(streamSize);
        return RandomStreams.longs(this, streamSize, Long.MAX_VALUE, 0L);
    }

    public java.util.stream.LongStream longs() {
        return RandomStreams.longs(this, Long.MAX_VALUE, Long.MAX_VALUE, 0L);
    }

    public java.util.stream.LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        RandomStreams.checkStreamSize(streamSize);
        RandomStreams.checkRange(randomNumberOrigin, randomNumberBound);
        return RandomStreams.longs(this, streamSize, randomNumberOrigin, randomNumberBound);
    }

    public java.util.stream.LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        RandomStreams.checkRange(randomNumberOrigin, randomNumberBound);
        return RandomStreams.longs(this, Long.MAX_VALUE, randomNumberOrigin, randomNumberBound);
    }

    public java.util.stream.DoubleStream doubles(long streamSize) {
        RandomStreams.checkStreamSize(streamSize);
        return RandomStreams.doubles(this, streamSize, Double.MAX_VALUE, 0.0);
    }

    public java.util.stream.DoubleStream doubles() {
        return RandomStreams.doubles(this, Long.MAX_VALUE, Double.MAX_VALUE, 0.0);
    }

    public java.util.stream.DoubleStream doubles(long streamSize, double randomNumberOrigin,
            double randomNumberBound) {
        RandomStreams.checkStreamSize(streamSize);
        RandomStreams.checkRange(randomNumberOrigin, randomNumberBound);
        return RandomStreams.doubles(this, streamSize, randomNumberOrigin, randomNumberBound);
    }

    public java.util.stream.DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        RandomStreams.checkRange(randomNumberOrigin, randomNumberBound);
        return RandomStreams.doubles(this, Long.MAX_VALUE, randomNumberOrigin, randomNumberBound);
    }
}
