package java.lang;

import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** The spliterators behind String.chars/codePoints/lines and CharSequence.chars/codePoints. */
final class StringStreams {
    private StringStreams() {
    }

    /** The chars of a char[] or a CharSequence, as ints: ordered and sized. */
    static final class CharsSpliterator implements Spliterator.OfInt {
        private final char[] array;
        private final CharSequence seq;
        private int index;
        private final int fence;
        private final int cs;

        CharsSpliterator(char[] array, int origin, int fence, int additionalCharacteristics) {
            this.array = array;
            this.seq = null;
            this.index = origin;
            this.fence = fence;
            this.cs = additionalCharacteristics | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        CharsSpliterator(CharSequence seq, int origin, int fence, int additionalCharacteristics) {
            this.array = null;
            this.seq = seq;
            this.index = origin;
            this.fence = fence;
            this.cs = additionalCharacteristics | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        private int charAt(int i) {
            return array != null ? array[i] : seq.charAt(i);
        }

        public Spliterator.OfInt trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            if (lo >= mid) {
                return null;
            }
            index = mid;
            return array != null ? new CharsSpliterator(array, lo, mid, cs) : new CharsSpliterator(seq, lo, mid, cs);
        }

        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept(charAt(i));
            }
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            if (i >= 0 && i < fence) {
                index = i + 1;
                action.accept(charAt(i));
                return true;
            }
            return false;
        }

        public long estimateSize() {
            return (long) (fence - index);
        }

        public int characteristics() {
            return cs;
        }
    }

    /** The code points of a char[] or a CharSequence: ordered, size not known exactly. */
    static final class CodePointsSpliterator implements Spliterator.OfInt {
        private final char[] array;
        private final CharSequence seq;
        private int index;
        private final int fence;
        private final int cs;

        CodePointsSpliterator(char[] array, int origin, int fence, int additionalCharacteristics) {
            this.array = array;
            this.seq = null;
            this.index = origin;
            this.fence = fence;
            this.cs = additionalCharacteristics | Spliterator.ORDERED;
        }

        CodePointsSpliterator(CharSequence seq, int origin, int fence, int additionalCharacteristics) {
            this.array = null;
            this.seq = seq;
            this.index = origin;
            this.fence = fence;
            this.cs = additionalCharacteristics | Spliterator.ORDERED;
        }

        private char charAt(int i) {
            return array != null ? array[i] : seq.charAt(i);
        }

        /** The index just after the code point that starts at index i. */
        private int nextIndex(int i) {
            char c1 = charAt(i++);
            if (Character.isHighSurrogate(c1) && i < fence && Character.isLowSurrogate(charAt(i))) {
                i++;
            }
            return i;
        }

        /** The code point that starts at index i (a lone surrogate stands for itself). */
        private int codePointAt(int i) {
            char c1 = charAt(i);
            if (Character.isHighSurrogate(c1) && i + 1 < fence) {
                char c2 = charAt(i + 1);
                if (Character.isLowSurrogate(c2)) {
                    return Character.toCodePoint(c1, c2);
                }
            }
            return c1;
        }

        public Spliterator.OfInt trySplit() {
            return null;
        }

        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            while (index < fence) {
                int i = index;
                index = nextIndex(i);
                action.accept(codePointAt(i));
            }
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (index < fence) {
                int i = index;
                index = nextIndex(i);
                action.accept(codePointAt(i));
                return true;
            }
            return false;
        }

        public long estimateSize() {
            return (long) (fence - index);
        }

        public int characteristics() {
            return cs;
        }
    }

    /** The lines of a char[] (String.lines): split at \n, \r and \r\n, no empty line after a final terminator. */
    static final class LinesSpliterator extends Spliterators.AbstractSpliterator<String> {
        private final char[] value;
        private int index;
        private final int fence;

        LinesSpliterator(char[] value) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
            this.value = value;
            this.index = 0;
            this.fence = value.length;
        }

        private String next() {
            int start = index;
            int end = start;
            while (end < fence && value[end] != '\n' && value[end] != '\r') {
                end++;
            }
            int after = end;
            if (after < fence) {
                after += (value[after] == '\r' && after + 1 < fence && value[after + 1] == '\n') ? 2 : 1;
            }
            index = after;
            return new String(value, start, end - start);
        }

        public boolean tryAdvance(Consumer<? super String> action) {
            Objects.requireNonNull(action);
            if (index != fence) {
                action.accept(next());
                return true;
            }
            return false;
        }

        public void forEachRemaining(Consumer<? super String> action) {
            Objects.requireNonNull(action);
            while (index != fence) {
                action.accept(next());
            }
        }

        public long estimateSize() {
            return fence - index + 1;
        }
    }
}
