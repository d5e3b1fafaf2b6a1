package java.util;

/** EnumSet for enums of at most 64 constants: bit i of {@code elements} is ordinal i. */
@SuppressWarnings("serial")
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long elements = 0L;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
    }

    void addRange(E from, E to) {
        int lo = from.ordinal();
        int hi = to.ordinal();
        elements = (-1L >>> (63 - (hi - lo))) << lo;
    }

    void addAll() {
        if (universe.length != 0) {
            elements = -1L >>> (64 - universe.length);
        }
    }

    void complement() {
        if (universe.length != 0) {
            elements = ~elements & (-1L >>> (64 - universe.length));
        }
    }

    /**
     * Iterates over the bits present when the iterator was created (later changes to the
     * set are not seen); remove clears the bit last returned.
     */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            long unseen = elements;
            long lastReturned = 0;

            public boolean hasNext() {
                return unseen != 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (unseen == 0) {
                    throw new NoSuchElementException();
                }
                lastReturned = unseen & -unseen;
                unseen -= lastReturned;
                return (E) universe[Long.numberOfTrailingZeros(lastReturned)];
            }

            public void remove() {
                if (lastReturned == 0) {
                    throw new IllegalStateException();
                }
                elements &= ~lastReturned;
                lastReturned = 0;
            }
        };
    }

    public int size() {
        return Long.bitCount(elements);
    }

    public boolean isEmpty() {
        return elements == 0;
    }

    public boolean contains(Object e) {
        if (!isMember(e)) {
            return false;
        }
        return (elements & (1L << ((Enum<?>) e).ordinal())) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        long oldElements = elements;
        elements |= (1L << e.ordinal());
        return elements != oldElements;
    }

    public boolean remove(Object e) {
        if (!isMember(e)) {
            return false;
        }
        long oldElements = elements;
        elements &= ~(1L << ((Enum<?>) e).ordinal());
        return elements != oldElements;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet)) {
            return super.containsAll(c);
        }
        RegularEnumSet<?> es = (RegularEnumSet<?>) c;
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        return (es.elements & ~elements) == 0;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof RegularEnumSet)) {
            return super.addAll(c);
        }
        RegularEnumSet<?> es = (RegularEnumSet<?>) c;
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        long oldElements = elements;
        elements |= es.elements;
        return elements != oldElements;
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet)) {
            return super.removeAll(c);
        }
        RegularEnumSet<?> es = (RegularEnumSet<?>) c;
        if (es.elementType != elementType) {
            return false;
        }
        long oldElements = elements;
        elements &= ~es.elements;
        return elements != oldElements;
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof RegularEnumSet)) {
            return super.retainAll(c);
        }
        RegularEnumSet<?> es = (RegularEnumSet<?>) c;
        if (es.elementType != elementType) {
            boolean changed = (elements != 0);
            elements = 0;
            return changed;
        }
        long oldElements = elements;
        elements &= es.elements;
        return elements != oldElements;
    }

    public void clear() {
        elements = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof RegularEnumSet)) {
            return super.equals(o);
        }
        RegularEnumSet<?> es = (RegularEnumSet<?>) o;
        if (es.elementType != elementType) {
            return elements == 0 && es.elements == 0;
        }
        return es.elements == elements;
    }
}
