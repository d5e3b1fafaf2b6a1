package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;

/** A long combined with a function, as JDK 17's LongAccumulator (one synchronized cell). */
public class LongAccumulator extends Number implements java.io.Serializable {
    private final LongBinaryOperator function;
    private final long identity;
    private long value;

    public LongAccumulator(LongBinaryOperator accumulatorFunction, long identity) {
        this.function = accumulatorFunction;
        this.identity = identity;
        this.value = identity;
    }

    public void accumulate(long x) {
        long prev;
        long next;
        do {
            prev = get();
            next = function.applyAsLong(prev, x);
        } while (!casValue(prev, next));
    }

    private synchronized boolean casValue(long expected, long next) {
        if (value == expected) {
            value = next;
            return true;
        }
        return false;
    }

    public synchronized long get() {
        return value;
    }

    public synchronized void reset() {
        value = identity;
    }

    public synchronized long getThenReset() {
        long v = value;
        value = identity;
        return v;
    }

    public String toString() {
        return Long.toString(get());
    }

    public long longValue() {
        return get();
    }

    public int intValue() {
        return (int) get();
    }

    public float floatValue() {
        return (float) get();
    }

    public double doubleValue() {
        return (double) get();
    }
}
