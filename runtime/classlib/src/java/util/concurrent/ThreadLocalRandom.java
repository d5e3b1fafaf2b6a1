package java.util.concurrent;

import java.util.Random;

/**
 * A random number generator seeded from the clock, as JDK 17's ThreadLocalRandom: a
 * SplitMix64 sequence (the JDK's mixing functions), setSeed unsupported, the bounded
 * methods of Random/RandomGenerator on top. One instance serves every thread (rjava has
 * one thread); its values, as in the JDK, differ from run to run.
 */
public class ThreadLocalRandom extends Random {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private static final ThreadLocalRandom instance = new ThreadLocalRandom();

    private long threadSeed;
    private final boolean initialized;

    private ThreadLocalRandom() {
        threadSeed = mix64(System.currentTimeMillis()) ^ mix64(System.nanoTime());
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        return instance;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return (int) (((z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L) >>> 32);
    }

    private synchronized long nextSeed() {
        return threadSeed += GAMMA;
    }

    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
    }

    protected int next(int bits) {
        return nextInt() >>> (32 - bits);
    }

    public int nextInt() {
        return mix32(nextSeed());
    }

    public long nextLong() {
        return mix64(nextSeed());
    }
}
