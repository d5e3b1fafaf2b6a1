package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable collections of List.of, Set.of, Map.of and their copyOf. Nulls are
 * rejected with NullPointerException, mutators throw UnsupportedOperationException.
 * Set.of and Map.of iterate in insertion order (the JDK's order is randomized per run).
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listOf(Object[] elements) {
        for (Object e : elements) {
            Objects.requireNonNull(e);
        }
        return new ImmList<E>((E[]) elements);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(Object[] elements) {
        HashMap<Object, Boolean> seen = new HashMap<Object, Boolean>();
        for (Object e : elements) {
            if (seen.put(Objects.requireNonNull(e), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return new ImmSet<E>((E[]) elements.clone(), seen);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setOfDistinct(Object[] elements) {
        HashMap<Object, Boolean> seen = new HashMap<Object, Boolean>();
        ArrayList<Object> distinct = new ArrayList<Object>();
        for (Object e : elements) {
            if (seen.put(Objects.requireNonNull(e), Boolean.TRUE) == null) {
                distinct.add(e);
            }
        }
        return new ImmSet<E>((E[]) distinct.toArray(), seen);
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object[] kv) {
        LinkedHashMap<K, V> m = new LinkedHashMap<K, V>();
        for (int i = 0; i < kv.length; i += 2) {
            K k = (K) Objects.requireNonNull(kv[i]);
            V v = (V) Objects.requireNonNull(kv[i + 1]);
            if (m.put(k, v) != null) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
        }
        return new ImmMap<K, V>(m);
    }

    static final class ImmList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E[] elements;

        ImmList(E[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public E get(int index) {
            if (elements.length <= 2 && (index < 0 || index >= elements.length)) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return elements[index];
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public Iterator<E> iterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(final int index) {
            if (index < 0 || index > elements.length) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return new ListIterator<E>() {
                int cursor = index;

                public boolean hasNext() {
                    return cursor != elements.length;
                }

                public E next() {
                    if (cursor >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return elements[cursor++];
                }

                public boolean hasPrevious() {
                    return cursor != 0;
                }

                public E previous() {
                    if (cursor <= 0) {
                        throw new NoSuchElementException();
                    }
                    return elements[--cursor];
                }

                public int nextIndex() {
                    return cursor;
                }

                public int previousIndex() {
                    return cursor - 1;
                }

                public void remove() {
                    throw uoe();
                }

                public void set(E e) {
                    throw uoe();
                }

                public void add(E e) {
                    throw uoe();
                }
            };
        }

        @SuppressWarnings("unchecked")
        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, elements.length);
            return new ImmList<E>((E[]) Arrays.copyOfRange(elements, fromIndex, toIndex, Object[].class));
        }
    }

    static final class ImmSet<E> extends AbstractSet<E> implements java.io.Serializable {
        private final E[] elements;
        private final HashMap<Object, Boolean> index;

        ImmSet(E[] elements, HashMap<Object, Boolean> index) {
            this.elements = elements;
            this.index = index;
        }

        public int size() {
            return elements.length;
        }

        public boolean contains(Object o) {
            return index.containsKey(Objects.requireNonNull(o));
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int cursor = 0;

                public boolean hasNext() {
                    return cursor < elements.length;
                }

                public E next() {
                    if (cursor >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return elements[cursor++];
                }

                public void remove() {
                    throw uoe();
                }
            };
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static final class ImmMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private final LinkedHashMap<K, V> m;

        ImmMap(LinkedHashMap<K, V> m) {
            this.m = m;
        }

        public int size() {
            return m.size();
        }

        public boolean containsKey(Object o) {
            return m.containsKey(Objects.requireNonNull(o));
        }

        public boolean containsValue(Object o) {
            return m.containsValue(Objects.requireNonNull(o));
        }

        public V get(Object o) {
            return m.get(Objects.requireNonNull(o));
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return m.size();
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    final Iterator<Map.Entry<K, V>> it = m.entrySet().iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            Map.Entry<K, V> e = it.next();
                            return new KeyValueHolder<K, V>(e.getKey(), e.getValue());
                        }

                        public void remove() {
                            throw uoe();
                        }
                    };
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> map) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V getOrDefault(Object key, V defaultValue) {
            V v = m.get(Objects.requireNonNull(key));
            return v != null ? v : defaultValue;
        }
    }
}
