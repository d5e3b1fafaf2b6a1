package java.util;

/** Shared comparators: natural and reverse-natural ordering, null-friendly wrappers. */
final class Comparators {
    private Comparators() {
    }

    @SuppressWarnings("rawtypes")
    static final Comparator<Comparable> NATURAL = new NaturalOrder();

    @SuppressWarnings("rawtypes")
    static final Comparator<Comparable> REVERSE = new ReverseOrder();

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class NaturalOrder implements Comparator<Comparable> {
        public int compare(Comparable c1, Comparable c2) {
            return c1.compareTo(c2);
        }

        public Comparator<Comparable> reversed() {
            return REVERSE;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class ReverseOrder implements Comparator<Comparable> {
        public int compare(Comparable c1, Comparable c2) {
            return c2.compareTo(c1);
        }

        public Comparator<Comparable> reversed() {
            return NATURAL;
        }
    }

    static final class Reversed<T> implements Comparator<T> {
        final Comparator<T> cmp;

        Reversed(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        public int compare(T t1, T t2) {
            return cmp.compare(t2, t1);
        }

        public boolean equals(Object o) {
            return (o == this) || (o instanceof Reversed && cmp.equals(((Reversed<?>) o).cmp));
        }

        public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }

        public Comparator<T> reversed() {
            return cmp;
        }
    }

    static final class NullComparator<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return (real == null) ? 0 : real.compare(a, b);
            }
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }
}
