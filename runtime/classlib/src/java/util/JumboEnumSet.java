package java.util;

/** EnumSet for enums of more than 64 constants: ordinal i is bit (i % 64) of word i / 64. */
@SuppressWarnings("serial")
final class JumboEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private long[] elements;
    private int size = 0;

    JumboEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        int fromIndex = from.ordinal() >>> 6;
        int toIndex = to.ordinal() >>> 6;
        if (fromIndex == toIndex) {
            elements[fromIndex] = (-1L >>> (63 - (to.ordinal() - from.ordinal()))) << from.ordinal();
        } else {
            elements[fromIndex] = -1L << from.ordinal();
            for (int i = fromIndex + 1; i < toIndex; i++) {
                elements[i] = -1L;
            }
            elements[toIndex] = -1L >>> (63 - (to.ordinal() & 63));
        }
        size = to.ordinal() - from.ordinal() + 1;
    }

    void addAll() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = -1L;
        }
        trimLastWord();
        size = universe.length;
    }

    void complement() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = ~elements[i];
        }
        trimLastWord();
        size = universe.length - size;
    }

    /** Clears the bits of the last word beyond the last constant. */
    private void trimLastWord() {
        int used = universe.length & 63;
        if (used != 0) {
            elements[elements.length - 1] &= -1L >>> (64 - used);
        }
    }

    /**
     * Word by word over the bits present when each word is reached; remove clears the bit
     * last returned.
     */
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            long unseen = elements[0];
            int unseenIndex = 0;
            long lastReturned = 0;
            int lastReturnedIndex = 0;

            public boolean hasNext() {
                while (unseen == 0 && unseenIndex < elements.length - 1) {
                    unseen = elements[++unseenIndex];
                }
                return unseen != 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                lastReturned = unseen & -unseen;
                lastReturnedIndex = unseenIndex;
                unseen -= lastReturned;
                return (E) universe[(lastReturnedIndex << 6) + Long.numberOfTrailingZeros(lastReturned)];
            }

            public void remove() {
                if (lastReturned == 0) {
                    throw new IllegalStateException();
                }
                long oldElements = elements[lastReturnedIndex];
                elements[lastReturnedIndex] &= ~lastReturned;
                if (oldElements != elements[lastReturnedIndex]) {
                    size--;
                }
                lastReturned = 0;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int eOrdinal = ((Enum<?>) e).ordinal();
        return (elements[eOrdinal >>> 6] & (1L << eOrdinal)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int eOrdinal = e.ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] |= (1L << eOrdinal);
        boolean result = (elements[eWordNum] != oldElements);
        if (result) {
            size++;
        }
        return result;
    }

    public boolean remove(Object e) {
        if (!isMember(e)) {
            return false;
        }
        int eOrdinal = ((Enum<?>) e).ordinal();
        int eWordNum = eOrdinal >>> 6;
        long oldElements = elements[eWordNum];
        elements[eWordNum] &= ~(1L << eOrdinal);
        boolean result = (elements[eWordNum] != oldElements);
        if (result) {
            size--;
        }
        return result;
    }

    public boolean containsAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet)) {
            return super.containsAll(c);
        }
        JumboEnumSet<?> es = (JumboEnumSet<?>) c;
        if (es.elementType != elementType) {
            return es.isEmpty();
        }
        for (int i = 0; i < elements.length; i++) {
            if ((es.elements[i] & ~elements[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        if (!(c instanceof JumboEnumSet)) {
            return super.addAll(c);
        }
        JumboEnumSet<?> es = (JumboEnumSet<?>) c;
        if (es.elementType != elementType) {
            if (es.isEmpty()) {
                return false;
            }
            throw new ClassCastException(es.elementType + " != " + elementType);
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] |= es.elements[i];
        }
        return recalculateSize();
    }

    public boolean removeAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet)) {
            return super.removeAll(c);
        }
        JumboEnumSet<?> es = (JumboEnumSet<?>) c;
        if (es.elementType != elementType) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= ~es.elements[i];
        }
        return recalculateSize();
    }

    public boolean retainAll(Collection<?> c) {
        if (!(c instanceof JumboEnumSet)) {
            return super.retainAll(c);
        }
        JumboEnumSet<?> es = (JumboEnumSet<?>) c;
        if (es.elementType != elementType) {
            boolean changed = (size != 0);
            clear();
            return changed;
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] &= es.elements[i];
        }
        return recalculateSize();
    }

    public void clear() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = 0;
        }
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof JumboEnumSet)) {
            return super.equals(o);
        }
        JumboEnumSet<?> es = (JumboEnumSet<?>) o;
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }

    /** Recounts the elements; true if the count changed. */
    private boolean recalculateSize() {
        int oldSize = size;
        size = 0;
        for (long elt : elements) {
            size += Long.bitCount(elt);
        }
        return size != oldSize;
    }

    public EnumSet<E> clone() {
        JumboEnumSet<E> result = (JumboEnumSet<E>) super.clone();
        result.elements = result.elements.clone();
        return result;
    }
}
