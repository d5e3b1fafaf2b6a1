package java.util.stream;

import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;

/** Growable buffers of each shape; each is also a sink that appends what it accepts. */
final class Buffers {
    private Buffers() {
    }

    static int grownCapacity(int length) {
        int n = length < 8 ? 16 : length + (length >> 1);
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            if (length >= Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Requested array size exceeds VM limit");
            }
            n = Integer.MAX_VALUE - 8;
        }
        return n;
    }

    static final class Ref<T> implements Sink<T> {
        Object[] array = new Object[16];
        int count;

        public void accept(T t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grownCapacity(count));
            }
            array[count++] = t;
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                array[i] = null;
            }
            count = 0;
        }

        Object[] toArray() {
            return Arrays.copyOf(array, count);
        }

        Spliterator<T> spliterator() {
            return Spliterators.spliterator(array, 0, count, Spliterator.ORDERED);
        }
    }

    static final class OfInt implements Sink<Integer> {
        int[] array = new int[16];
        int count;

        public void accept(int t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grownCapacity(count));
            }
            array[count++] = t;
        }

        public void accept(Integer t) {
            accept(t.intValue());
        }

        void clear() {
            count = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(array, count);
        }

        Spliterator.OfInt spliterator() {
            return Spliterators.spliterator(array, 0, count, Spliterator.ORDERED);
        }
    }

    static final class OfLong implements Sink<Long> {
        long[] array = new long[16];
        int count;

        public void accept(long t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grownCapacity(count));
            }
            array[count++] = t;
        }

        public void accept(Long t) {
            accept(t.longValue());
        }

        void clear() {
            count = 0;
        }

        long[] toArray() {
            return Arrays.copyOf(array, count);
        }

        Spliterator.OfLong spliterator() {
            return Spliterators.spliterator(array, 0, count, Spliterator.ORDERED);
        }
    }

    static final class OfDouble implements Sink<Double> {
        double[] array = new double[16];
        int count;

        public void accept(double t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grownCapacity(count));
            }
            array[count++] = t;
        }

        public void accept(Double t) {
            accept(t.doubleValue());
        }

        void clear() {
            count = 0;
        }

        double[] toArray() {
            return Arrays.copyOf(array, count);
        }

        Spliterator.OfDouble spliterator() {
            return Spliterators.spliterator(array, 0, count, Spliterator.ORDERED);
        }
    }
}
