package java.util;

import java.util.function.Consumer;

/** A circular array deque; null elements are rejected. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable,
        java.io.Serializable {
    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1
                : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    static final int inc(int i, int modulus) {
        if (++i >= modulus) {
            i = 0;
        }
        return i;
    }

    static final int dec(int i, int modulus) {
        if (--i < 0) {
            i = modulus - 1;
        }
        return i;
    }

    private void grow(int needed) {
        final int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = oldCapacity + Math.max(jump, needed);
        final Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++) {
                es[i] = null;
            }
        }
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        final Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) {
            grow(1);
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        final Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) {
            grow(1);
        }
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        final Object[] es;
        final int h;
        E e = (E) (es = elements)[h = head];
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        final Object[] es;
        final int t;
        E e = (E) (es = elements)[t = dec(tail, es.length)];
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getFirst() {
        E e = (E) elements[head];
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E getLast() {
        final Object[] es = elements;
        E e = (E) es[dec(tail, es.length)];
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        final Object[] es = elements;
        return (E) es[dec(tail, es.length)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = dec(tail, es.length); i != dec(head, es.length); i = dec(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
                if (i == head) {
                    break;
                }
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /** Removes the element at index i by shifting the later elements left. */
    boolean delete(int i) {
        final Object[] es = elements;
        int n = es.length;
        int j = i;
        int next = inc(j, n);
        while (next != tail) {
            es[j] = es[next];
            j = next;
            next = inc(next, n);
        }
        es[j] = null;
        tail = j;
        return false;
    }

    public int size() {
        int s = tail - head;
        if (s < 0) {
            s += elements.length;
        }
        return s;
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private class DeqIterator implements Iterator<E> {
        final boolean desc;
        int remaining = size();
        int cursor;
        int lastRet = -1;

        DeqIterator(boolean desc) {
            this.desc = desc;
            cursor = desc ? dec(tail, elements.length) : head;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            final Object[] es = elements;
            E e = (E) es[cursor];
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            lastRet = cursor;
            cursor = desc ? dec(cursor, es.length) : inc(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            delete(lastRet);
            if (!desc) {
                cursor = lastRet;
            }
            lastRet = -1;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        final Object[] es = elements;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            es[i] = null;
        }
        head = tail = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size()];
        int k = 0;
        final Object[] es = elements;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            a[k++] = es[i];
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] src = toArray();
        T[] r = a.length >= src.length ? a : (T[]) Arrays.newArrayLike(a, src.length);
        System.arraycopy(src, 0, r, 0, src.length);
        if (r.length > src.length) {
            r[src.length] = null;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final Object[] es = elements;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            action.accept((E) es[i]);
        }
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }

    public Spliterator<E> spliterator() {
        return new DeqSpliterator();
    }

    /** Over [cursor, end) of the circular array; binds to head/tail on first use. */
    final class DeqSpliterator implements Spliterator<E> {
        private int fence;
        private int cursor;

        DeqSpliterator() {
            this.fence = -1;
        }

        DeqSpliterator(int origin, int fence) {
            this.cursor = origin;
            this.fence = fence;
        }

        private int getFence() {
            int t = fence;
            if (t < 0) {
                t = fence = tail;
                cursor = head;
            }
            return t;
        }

        private int distance(int from, int to) {
            int n = to - from;
            return n < 0 ? n + elements.length : n;
        }

        public DeqSpliterator trySplit() {
            final Object[] es = elements;
            int end = getFence();
            int i = cursor;
            int n = distance(i, end) >> 1;
            if (n <= 0) {
                return null;
            }
            int mid = i + n;
            if (mid >= es.length) {
                mid -= es.length;
            }
            cursor = mid;
            return new DeqSpliterator(i, mid);
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            final int end = getFence();
            final int start = cursor;
            final Object[] es = elements;
            if (start != end) {
                cursor = end;
                for (int i = start; i != end; i = inc(i, es.length)) {
                    E e = (E) es[i];
                    if (e == null) {
                        throw new ConcurrentModificationException();
                    }
                    action.accept(e);
                }
            }
        }

        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            final Object[] es = elements;
            if (fence < 0) {
                fence = tail;
                cursor = head;
            }
            final int i = cursor;
            if (i == fence) {
                return false;
            }
            E e = (E) es[i];
            cursor = inc(i, es.length);
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            action.accept(e);
            return true;
        }

        public long estimateSize() {
            int end = getFence(); // binds cursor too, so read it afterwards
            return distance(cursor, end);
        }

        public int characteristics() {
            return Spliterator.NONNULL | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }
}
