package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return this.length() == 0;
    }

    CharSequence subSequence(int start, int end);

    /** The chars as ints; the sequence is read when the terminal operation runs. */
    default java.util.stream.IntStream chars() {
        final CharSequence self = this;
        return java.util.stream.StreamSupport.intStream(new java.util.function.Supplier<java.util.Spliterator.OfInt>() {
            public java.util.Spliterator.OfInt get() {
                return new StringStreams.CharsSpliterator(self, 0, self.length(), 0);
            }
        }, java.util.Spliterator.ORDERED | java.util.Spliterator.SIZED | java.util.Spliterator.SUBSIZED, false);
    }

    /** The code points; the sequence is read when the terminal operation runs. */
    default java.util.stream.IntStream codePoints() {
        final CharSequence self = this;
        return java.util.stream.StreamSupport.intStream(new java.util.function.Supplier<java.util.Spliterator.OfInt>() {
            public java.util.Spliterator.OfInt get() {
                return new StringStreams.CodePointsSpliterator(self, 0, self.length(), 0);
            }
        }, java.util.Spliterator.ORDERED, false);
    }

    public String toString();

    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c1 = (Comparable<Object>) cs1;
            return c1.compareTo(cs2);
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
