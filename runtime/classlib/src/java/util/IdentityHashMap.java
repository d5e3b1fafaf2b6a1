package java.util;

/**
 * A map comparing keys (and values, in containsValue/remove(k, v)) with == and hashing
 * them with System.identityHashCode. Basic version: a HashMap of identity wrappers, so the
 * iteration order differs from the JDK's (which depends on identity hashes anyway).
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>,
        java.io.Serializable, Cloneable {
    private static final class IdKey {
        final Object k;

        IdKey(Object k) {
            this.k = k;
        }

        public int hashCode() {
            return System.identityHashCode(k);
        }

        public boolean equals(Object o) {
            return o instanceof IdKey && ((IdKey) o).k == k;
        }
    }

    private transient HashMap<IdKey, V> m;

    public IdentityHashMap() {
        m = new HashMap<IdKey, V>();
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        m = new HashMap<IdKey, V>();
    }

    public IdentityHashMap(Map<? extends K, ? extends V> map) {
        this();
        putAll(map);
    }

    public int size() {
        return m.size();
    }

    public boolean isEmpty() {
        return m.isEmpty();
    }

    public V get(Object key) {
        return m.get(new IdKey(key));
    }

    public boolean containsKey(Object key) {
        return m.containsKey(new IdKey(key));
    }

    public boolean containsValue(Object value) {
        for (V v : m.values()) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    public V put(K key, V value) {
        return m.put(new IdKey(key), value);
    }

    public V remove(Object key) {
        return m.remove(new IdKey(key));
    }

    public boolean remove(Object key, Object value) {
        IdKey k = new IdKey(key);
        if (m.containsKey(k) && m.get(k) == value) {
            m.remove(k);
            return true;
        }
        return false;
    }

    public void clear() {
        m.clear();
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> c = (IdentityHashMap<K, V>) super.clone();
            c.m = new HashMap<IdKey, V>(m);
            return c;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> other = (IdentityHashMap<?, ?>) o;
            if (other.size() != size()) {
                return false;
            }
            for (Map.Entry<K, V> e : entrySet()) {
                if (!other.containsKey(e.getKey()) || other.get(e.getKey()) != e.getValue()) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) {
            h += System.identityHashCode(e.getKey()) ^ System.identityHashCode(e.getValue());
        }
        return h;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() {
                return m.size();
            }

            public void clear() {
                m.clear();
            }

            public Iterator<Map.Entry<K, V>> iterator() {
                final Iterator<Map.Entry<IdKey, V>> it = m.entrySet().iterator();
                return new Iterator<Map.Entry<K, V>>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    public Map.Entry<K, V> next() {
                        final Map.Entry<IdKey, V> e = it.next();
                        return new Map.Entry<K, V>() {
                            @SuppressWarnings("unchecked")
                            public K getKey() {
                                return (K) e.getKey().k;
                            }

                            public V getValue() {
                                return e.getValue();
                            }

                            public V setValue(V value) {
                                return e.setValue(value);
                            }

                            public boolean equals(Object o) {
                                if (!(o instanceof Map.Entry)) {
                                    return false;
                                }
                                Map.Entry<?, ?> x = (Map.Entry<?, ?>) o;
                                return x.getKey() == getKey() && x.getValue() == getValue();
                            }

                            public int hashCode() {
                                return System.identityHashCode(getKey())
                                        ^ System.identityHashCode(getValue());
                            }

                            public String toString() {
                                return getKey() + "=" + getValue();
                            }
                        };
                    }

                    public void remove() {
                        it.remove();
                    }
                };
            }
        };
    }
}
