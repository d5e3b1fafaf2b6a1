package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Implementations of {@link Collector}: to collections and maps, joining, grouping, statistics. */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class Collectors {
    static final Set<Collector.Characteristics> CH_CONCURRENT_ID = Collections.unmodifiableSet(EnumSet.of(
            Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED,
            Collector.Characteristics.IDENTITY_FINISH));
    static final Set<Collector.Characteristics> CH_CONCURRENT_NOID = Collections.unmodifiableSet(EnumSet.of(
            Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED));
    static final Set<Collector.Characteristics> CH_ID = Collections.unmodifiableSet(EnumSet.of(
            Collector.Characteristics.IDENTITY_FINISH));
    static final Set<Collector.Characteristics> CH_UNORDERED_ID = Collections.unmodifiableSet(EnumSet.of(
            Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH));
    static final Set<Collector.Characteristics> CH_NOID = Collections.emptySet();
    static final Set<Collector.Characteristics> CH_UNORDERED_NOID = Collections.unmodifiableSet(EnumSet.of(
            Collector.Characteristics.UNORDERED));

    private Collectors() {
    }

    /** A collector from its five parts. */
    static class CollectorImpl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Function<A, R> finisher, Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Set<Characteristics> characteristics) {
            this(supplier, accumulator, combiner, (Function<A, R>) CASTING_IDENTITY, characteristics);
        }

        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        public Supplier<A> supplier() {
            return supplier;
        }

        public BinaryOperator<A> combiner() {
            return combiner;
        }

        public Function<A, R> finisher() {
            return finisher;
        }

        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    // ------------------------------------------------------------------ shared function objects

    static final Function CASTING_IDENTITY = new Function() {
        public Object apply(Object t) {
            return t;
        }
    };

    private static final Supplier ARRAY_LIST = new Supplier() {
        public Object get() {
            return new ArrayList();
        }
    };

    private static final Supplier HASH_SET = new Supplier() {
        public Object get() {
            return new HashSet();
        }
    };

    private static final Supplier HASH_MAP = new Supplier() {
        public Object get() {
            return new HashMap();
        }
    };

    private static final BiConsumer ADD = new BiConsumer() {
        public void accept(Object c, Object t) {
            ((Collection) c).add(t);
        }
    };

    private static final BinaryOperator ADD_ALL = new BinaryOperator() {
        public Object apply(Object left, Object right) {
            ((Collection) left).addAll((Collection) right);
            return left;
        }
    };

    private static final BinaryOperator SET_ADD_ALL = new BinaryOperator() {
        public Object apply(Object l, Object r) {
            Set left = (Set) l;
            Set right = (Set) r;
            if (left.size() < right.size()) {
                right.addAll(left);
                return right;
            }
            left.addAll(right);
            return left;
        }
    };

    private static IllegalStateException duplicateKeyException(Object k, Object u, Object v) {
        return new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
    }

    private static BinaryOperator uniqKeysMapMerger() {
        return new BinaryOperator() {
            public Object apply(Object l, Object r) {
                Map m1 = (Map) l;
                Map m2 = (Map) r;
                for (Object o : m2.entrySet()) {
                    Map.Entry e = (Map.Entry) o;
                    Object k = e.getKey();
                    Object v = Objects.requireNonNull(e.getValue());
                    Object u = m1.putIfAbsent(k, v);
                    if (u != null) {
                        throw duplicateKeyException(k, u, v);
                    }
                }
                return m1;
            }
        };
    }

    private static BinaryOperator mapMerger(final BinaryOperator mergeFunction) {
        return new BinaryOperator() {
            public Object apply(Object l, Object r) {
                Map m1 = (Map) l;
                Map m2 = (Map) r;
                for (Object o : m2.entrySet()) {
                    Map.Entry e = (Map.Entry) o;
                    m1.merge(e.getKey(), e.getValue(), mergeFunction);
                }
                return m1;
            }
        };
    }

    // ------------------------------------------------------------------ collections

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        return new CollectorImpl<T, C, C>(collectionFactory, ADD, ADD_ALL, CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return new CollectorImpl<T, List<T>, List<T>>(ARRAY_LIST, ADD, ADD_ALL, CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new CollectorImpl<T, List<T>, List<T>>(ARRAY_LIST, ADD, ADD_ALL, new Function<List<T>, List<T>>() {
            public List<T> apply(List<T> list) {
                if (list.getClass() == ArrayList.class) {
                    return (List<T>) List.of(list.toArray());
                }
                throw new IllegalArgumentException();
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return new CollectorImpl<T, Set<T>, Set<T>>(HASH_SET, ADD, SET_ADD_ALL, CH_UNORDERED_ID);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return new CollectorImpl<T, Set<T>, Set<T>>(HASH_SET, ADD, SET_ADD_ALL, new Function<Set<T>, Set<T>>() {
            public Set<T> apply(Set<T> set) {
                return (Set<T>) Set.of(set.toArray());
            }
        }, CH_UNORDERED_NOID);
    }

    // ------------------------------------------------------------------ joining

    public static Collector<CharSequence, ?, String> joining() {
        return new CollectorImpl<CharSequence, StringBuilder, String>(new Supplier<StringBuilder>() {
            public StringBuilder get() {
                return new StringBuilder();
            }
        }, new BiConsumer<StringBuilder, CharSequence>() {
            public void accept(StringBuilder sb, CharSequence s) {
                sb.append(s);
            }
        }, new BinaryOperator<StringBuilder>() {
            public StringBuilder apply(StringBuilder r1, StringBuilder r2) {
                r1.append(r2);
                return r1;
            }
        }, new Function<StringBuilder, String>() {
            public String apply(StringBuilder sb) {
                return sb.toString();
            }
        }, CH_NOID);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(final CharSequence delimiter,
            final CharSequence prefix, final CharSequence suffix) {
        return new CollectorImpl<CharSequence, StringJoiner, String>(new Supplier<StringJoiner>() {
            public StringJoiner get() {
                return new StringJoiner(delimiter, prefix, suffix);
            }
        }, new BiConsumer<StringJoiner, CharSequence>() {
            public void accept(StringJoiner j, CharSequence s) {
                j.add(s);
            }
        }, new BinaryOperator<StringJoiner>() {
            public StringJoiner apply(StringJoiner a, StringJoiner b) {
                return a.merge(b);
            }
        }, new Function<StringJoiner, String>() {
            public String apply(StringJoiner j) {
                return j.toString();
            }
        }, CH_NOID);
    }

    // ------------------------------------------------------------------ adapters

    public static <T, U, A, R> Collector<T, ?, R> mapping(final Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        final BiConsumer<A, ? super U> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A r, T t) {
                ((BiConsumer) downstreamAccumulator).accept(r, mapper.apply(t));
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            final Function<? super T, ? extends Stream<? extends U>> mapper, Collector<? super U, A, R> downstream) {
        final BiConsumer<A, ? super U> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(final A r, T t) {
                try (Stream<? extends U> result = mapper.apply(t)) {
                    if (result != null) {
                        result.sequential().forEach(new Consumer<U>() {
                            public void accept(U u) {
                                ((BiConsumer) downstreamAccumulator).accept(r, u);
                            }
                        });
                    }
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(final Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        return new CollectorImpl<T, A, R>(downstream.supplier(), new BiConsumer<A, T>() {
            public void accept(A r, T t) {
                if (predicate.test(t)) {
                    ((BiConsumer) downstreamAccumulator).accept(r, t);
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Set<Collector.Characteristics> characteristics = downstream.characteristics();
        if (characteristics.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            if (characteristics.size() == 1) {
                characteristics = CH_NOID;
            } else {
                EnumSet<Collector.Characteristics> copy = EnumSet.copyOf(characteristics);
                copy.remove(Collector.Characteristics.IDENTITY_FINISH);
                characteristics = Collections.unmodifiableSet(copy);
            }
        }
        return new CollectorImpl<T, A, RR>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                downstream.finisher().andThen(finisher), characteristics);
    }

    // ------------------------------------------------------------------ counting, sums, averages

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(new ToLongFunction<T>() {
            public long applyAsLong(T e) {
                return 1L;
            }
        });
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.<T>minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.<T>maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, int[], Integer>(new Supplier<int[]>() {
            public int[] get() {
                return new int[1];
            }
        }, new BiConsumer<int[], T>() {
            public void accept(int[] a, T t) {
                a[0] += mapper.applyAsInt(t);
            }
        }, new BinaryOperator<int[]>() {
            public int[] apply(int[] a, int[] b) {
                a[0] += b[0];
                return a;
            }
        }, new Function<int[], Integer>() {
            public Integer apply(int[] a) {
                return a[0];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Long> summingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Long>(new Supplier<long[]>() {
            public long[] get() {
                return new long[1];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
            }
        }, new BinaryOperator<long[]>() {
            public long[] apply(long[] a, long[] b) {
                a[0] += b[0];
                return a;
            }
        }, new Function<long[], Long>() {
            public Long apply(long[] a) {
                return a[0];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Double> summingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, double[], Double>(new Supplier<double[]>() {
            public double[] get() {
                return new double[3];
            }
        }, new BiConsumer<double[], T>() {
            public void accept(double[] a, T t) {
                double val = mapper.applyAsDouble(t);
                sumWithCompensation(a, val);
                a[2] += val;
            }
        }, new BinaryOperator<double[]>() {
            public double[] apply(double[] a, double[] b) {
                sumWithCompensation(a, b[0]);
                a[2] += b[2];
                return sumWithCompensation(a, -b[1]);
            }
        }, new Function<double[], Double>() {
            public Double apply(double[] a) {
                return computeFinalSum(a);
            }
        }, CH_NOID);
    }

    /** Adds {@code value} to a Kahan sum kept as {@code {sum, compensation, ...}}. */
    static double[] sumWithCompensation(double[] intermediateSum, double value) {
        double tmp = value - intermediateSum[1];
        double sum = intermediateSum[0];
        double velvel = sum + tmp; // the rounding error of this addition is kept
        intermediateSum[1] = (velvel - sum) - tmp;
        intermediateSum[0] = velvel;
        return intermediateSum;
    }

    /** The compensated sum; the simple sum (last slot) when the compensated one is NaN from infinities. */
    static double computeFinalSum(double[] summands) {
        double tmp = summands[0] - summands[1];
        double simpleSum = summands[summands.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) {
            return simpleSum;
        }
        return tmp;
    }

    public static <T> Collector<T, ?, Double> averagingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Double>(new Supplier<long[]>() {
            public long[] get() {
                return new long[2];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsInt(t);
                a[1]++;
            }
        }, new BinaryOperator<long[]>() {
            public long[] apply(long[] a, long[] b) {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            }
        }, new Function<long[], Double>() {
            public Double apply(long[] a) {
                return (a[1] == 0) ? 0.0d : (double) a[0] / a[1];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, long[], Double>(new Supplier<long[]>() {
            public long[] get() {
                return new long[2];
            }
        }, new BiConsumer<long[], T>() {
            public void accept(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
                a[1]++;
            }
        }, new BinaryOperator<long[]>() {
            public long[] apply(long[] a, long[] b) {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            }
        }, new Function<long[], Double>() {
            public Double apply(long[] a) {
                return (a[1] == 0) ? 0.0d : (double) a[0] / a[1];
            }
        }, CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingDouble(final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, double[], Double>(new Supplier<double[]>() {
            public double[] get() {
                return new double[4];
            }
        }, new BiConsumer<double[], T>() {
            public void accept(double[] a, T t) {
                double val = mapper.applyAsDouble(t);
                sumWithCompensation(a, val);
                a[2]++;
                a[3] += val;
            }
        }, new BinaryOperator<double[]>() {
            public double[] apply(double[] a, double[] b) {
                sumWithCompensation(a, b[0]);
                sumWithCompensation(a, -b[1]);
                a[2] += b[2];
                a[3] += b[3];
                return a;
            }
        }, new Function<double[], Double>() {
            public Double apply(double[] a) {
                return (a[2] == 0) ? 0.0d : (computeFinalSum(a) / a[2]);
            }
        }, CH_NOID);
    }

    // ------------------------------------------------------------------ reducing

    public static <T> Collector<T, ?, T> reducing(final T identity, final BinaryOperator<T> op) {
        return new CollectorImpl<T, Object[], T>(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {identity};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                a[0] = op.apply((T) a[0], t);
            }
        }, new BinaryOperator<Object[]>() {
            public Object[] apply(Object[] a, Object[] b) {
                a[0] = op.apply((T) a[0], (T) b[0]);
                return a;
            }
        }, new Function<Object[], T>() {
            public T apply(Object[] a) {
                return (T) a[0];
            }
        }, CH_NOID);
    }

    /** The container of reducing(op): whether an element was seen, and the reduction so far. */
    static final class OptionalBox {
        private final BinaryOperator op;
        Object value;
        boolean present;

        OptionalBox(BinaryOperator op) {
            this.op = op;
        }

        void accept(Object t) {
            if (present) {
                value = op.apply(value, t);
            } else {
                value = t;
                present = true;
            }
        }
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(final BinaryOperator<T> op) {
        return new CollectorImpl<T, OptionalBox, Optional<T>>(new Supplier<OptionalBox>() {
            public OptionalBox get() {
                return new OptionalBox(op);
            }
        }, new BiConsumer<OptionalBox, T>() {
            public void accept(OptionalBox a, T t) {
                a.accept(t);
            }
        }, new BinaryOperator<OptionalBox>() {
            public OptionalBox apply(OptionalBox a, OptionalBox b) {
                if (b.present) {
                    a.accept(b.value);
                }
                return a;
            }
        }, new Function<OptionalBox, Optional<T>>() {
            public Optional<T> apply(OptionalBox a) {
                return Optional.ofNullable((T) a.value);
            }
        }, CH_NOID);
    }

    public static <T, U> Collector<T, ?, U> reducing(final U identity, final Function<? super T, ? extends U> mapper,
            final BinaryOperator<U> op) {
        return new CollectorImpl<T, Object[], U>(new Supplier<Object[]>() {
            public Object[] get() {
                return new Object[] {identity};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] a, T t) {
                a[0] = op.apply((U) a[0], mapper.apply(t));
            }
        }, new BinaryOperator<Object[]>() {
            public Object[] apply(Object[] a, Object[] b) {
                a[0] = op.apply((U) a[0], (U) b[0]);
                return a;
            }
        }, new Function<Object[], U>() {
            public U apply(Object[] a) {
                return (U) a[0];
            }
        }, CH_NOID);
    }

    // ------------------------------------------------------------------ grouping and partitioning

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, (Supplier<Map<K, D>>) HASH_MAP, downstream);
    }

    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            final Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        final Supplier<A> downstreamSupplier = downstream.supplier();
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        final Function<Object, Object> newContainer = new Function<Object, Object>() {
            public Object apply(Object k) {
                return downstreamSupplier.get();
            }
        };
        BiConsumer<Map<K, A>, T> accumulator = new BiConsumer<Map<K, A>, T>() {
            public void accept(Map<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                Object container = ((Map) m).computeIfAbsent(key, newContainer);
                ((BiConsumer) downstreamAccumulator).accept(container, t);
            }
        };
        BinaryOperator<Map<K, A>> merger = mapMerger(downstream.combiner());
        Supplier<Map<K, A>> mangledFactory = (Supplier) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, Map<K, A>, M>(mangledFactory, accumulator, merger, CH_ID);
        }
        final Function<A, A> downstreamFinisher = (Function<A, A>) downstream.finisher();
        Function<Map<K, A>, M> finisher = new Function<Map<K, A>, M>() {
            public M apply(Map<K, A> intermediate) {
                intermediate.replaceAll(new BiFunction<K, A, A>() {
                    public A apply(K k, A v) {
                        return downstreamFinisher.apply(v);
                    }
                });
                return (M) intermediate;
            }
        };
        return new CollectorImpl<T, Map<K, A>, M>(mangledFactory, accumulator, merger, finisher, CH_NOID);
    }

    private static final Supplier<Object> CONCURRENT_HASH_MAP = new Supplier<Object>() {
        public Object get() {
            return new ConcurrentHashMap<Object, Object>();
        }
    };

    public static <T, K> Collector<T, ?, ConcurrentMap<K, List<T>>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier) {
        return groupingByConcurrent(classifier, (Supplier<ConcurrentMap<K, List<T>>>) (Supplier) CONCURRENT_HASH_MAP,
                Collectors.<T>toList());
    }

    public static <T, K, A, D> Collector<T, ?, ConcurrentMap<K, D>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return groupingByConcurrent(classifier, (Supplier<ConcurrentMap<K, D>>) (Supplier) CONCURRENT_HASH_MAP,
                downstream);
    }

    /** As groupingBy, into a concurrent map; the downstream containers are locked while they accumulate. */
    public static <T, K, A, D, M extends ConcurrentMap<K, D>> Collector<T, ?, M> groupingByConcurrent(
            final Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        final Supplier<A> downstreamSupplier = downstream.supplier();
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        BinaryOperator<ConcurrentMap<K, A>> merger = (BinaryOperator) mapMerger(downstream.combiner());
        Supplier<ConcurrentMap<K, A>> mangledFactory = (Supplier) mapFactory;
        final Function<Object, Object> newContainer = new Function<Object, Object>() {
            public Object apply(Object k) {
                return downstreamSupplier.get();
            }
        };
        final boolean concurrentDownstream =
                downstream.characteristics().contains(Collector.Characteristics.CONCURRENT);
        BiConsumer<ConcurrentMap<K, A>, T> accumulator = new BiConsumer<ConcurrentMap<K, A>, T>() {
            public void accept(ConcurrentMap<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                Object resultContainer = ((Map) m).computeIfAbsent(key, newContainer);
                if (concurrentDownstream) {
                    ((BiConsumer) downstreamAccumulator).accept(resultContainer, t);
                } else {
                    synchronized (resultContainer) {
                        ((BiConsumer) downstreamAccumulator).accept(resultContainer, t);
                    }
                }
            }
        };
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl<T, ConcurrentMap<K, A>, M>(mangledFactory, accumulator, merger, CH_CONCURRENT_ID);
        }
        final Function<A, A> downstreamFinisher = (Function<A, A>) downstream.finisher();
        Function<ConcurrentMap<K, A>, M> finisher = new Function<ConcurrentMap<K, A>, M>() {
            public M apply(ConcurrentMap<K, A> intermediate) {
                intermediate.replaceAll(new BiFunction<K, A, A>() {
                    public A apply(K k, A v) {
                        return downstreamFinisher.apply(v);
                    }
                });
                return (M) intermediate;
            }
        };
        return new CollectorImpl<T, ConcurrentMap<K, A>, M>(mangledFactory, accumulator, merger, finisher,
                CH_CONCURRENT_NOID);
    }

    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(
            final Function<? super T, ? extends K> keyMapper, final Function<? super T, ? extends U> valueMapper) {
        return new CollectorImpl<T, ConcurrentMap<K, U>, ConcurrentMap<K, U>>(
                (Supplier) CONCURRENT_HASH_MAP, new BiConsumer<ConcurrentMap<K, U>, T>() {
                    public void accept(ConcurrentMap<K, U> map, T element) {
                        K k = keyMapper.apply(element);
                        U v = Objects.requireNonNull(valueMapper.apply(element));
                        U u = map.putIfAbsent(k, v);
                        if (u != null) {
                            throw duplicateKeyException(k, u, v);
                        }
                    }
                }, (BinaryOperator) uniqKeysMapMerger(), CH_CONCURRENT_ID);
    }

    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        return toConcurrentMap(keyMapper, valueMapper, mergeFunction,
                (Supplier<ConcurrentMap<K, U>>) (Supplier) CONCURRENT_HASH_MAP);
    }

    public static <T, K, U, M extends ConcurrentMap<K, U>> Collector<T, ?, M> toConcurrentMap(
            final Function<? super T, ? extends K> keyMapper, final Function<? super T, ? extends U> valueMapper,
            final BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        BiConsumer<M, T> accumulator = new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                map.merge(keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
            }
        };
        return new CollectorImpl<T, M, M>(mapFactory, accumulator, (BinaryOperator) mapMerger(mergeFunction),
                CH_CONCURRENT_ID);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, Collectors.<T>toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(final Predicate<? super T> predicate,
            final Collector<? super T, A, D> downstream) {
        final BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        BiConsumer<Partition<A>, T> accumulator = new BiConsumer<Partition<A>, T>() {
            public void accept(Partition<A> result, T t) {
                ((BiConsumer) downstreamAccumulator).accept(predicate.test(t) ? result.forTrue : result.forFalse, t);
            }
        };
        final BinaryOperator<A> op = downstream.combiner();
        BinaryOperator<Partition<A>> merger = new BinaryOperator<Partition<A>>() {
            public Partition<A> apply(Partition<A> left, Partition<A> right) {
                return new Partition<A>(op.apply(left.forTrue, right.forTrue), op.apply(left.forFalse, right.forFalse));
            }
        };
        Supplier<Partition<A>> supplier = new Supplier<Partition<A>>() {
            public Partition<A> get() {
                return new Partition<A>(downstream.supplier().get(), downstream.supplier().get());
            }
        };
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return new CollectorImpl(supplier, accumulator, merger, CH_ID);
        }
        Function<Partition<A>, Map<Boolean, D>> finisher = new Function<Partition<A>, Map<Boolean, D>>() {
            public Map<Boolean, D> apply(Partition<A> par) {
                return new Partition<D>(downstream.finisher().apply(par.forTrue),
                        downstream.finisher().apply(par.forFalse));
            }
        };
        return new CollectorImpl(supplier, accumulator, merger, finisher, CH_NOID);
    }

    /** The two-entry map of partitioningBy: false first, then true. */
    private static final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> falseEntry = new SimpleImmutableEntry<Boolean, T>(Boolean.FALSE, forFalse);
                    Map.Entry<Boolean, T> trueEntry = new SimpleImmutableEntry<Boolean, T>(Boolean.TRUE, forTrue);
                    return List.of(falseEntry, trueEntry).iterator();
                }

                public int size() {
                    return 2;
                }
            };
        }
    }

    // ------------------------------------------------------------------ maps

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(final Function<? super T, ? extends K> keyMapper,
            final Function<? super T, ? extends U> valueMapper) {
        return new CollectorImpl<T, Map<K, U>, Map<K, U>>((Supplier) HASH_MAP, new BiConsumer<Map<K, U>, T>() {
            public void accept(Map<K, U> map, T element) {
                K k = keyMapper.apply(element);
                U v = Objects.requireNonNull(valueMapper.apply(element));
                U u = map.putIfAbsent(k, v);
                if (u != null) {
                    throw duplicateKeyException(k, u, v);
                }
            }
        }, uniqKeysMapMerger(), CH_ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return collectingAndThen(Collectors.<T, K, U>toMap(keyMapper, valueMapper), new UnmodifiableMapFinisher<K, U>());
    }

    /** Copies a map into an unmodifiable one (Map.ofEntries). */
    static final class UnmodifiableMapFinisher<K, U> implements Function<Map<K, U>, Map<K, U>> {
        public Map<K, U> apply(Map<K, U> map) {
            return (Map<K, U>) Map.ofEntries(map.entrySet().toArray(new Map.Entry[0]));
        }
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, (Supplier<Map<K, U>>) HASH_MAP);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return collectingAndThen(toMap(keyMapper, valueMapper, mergeFunction, (Supplier<Map<K, U>>) HASH_MAP),
                new UnmodifiableMapFinisher<K, U>());
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(
            final Function<? super T, ? extends K> keyMapper, final Function<? super T, ? extends U> valueMapper,
            final BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        BiConsumer<M, T> accumulator = new BiConsumer<M, T>() {
            public void accept(M map, T element) {
                map.merge(keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
            }
        };
        return new CollectorImpl<T, M, M>(mapFactory, accumulator, mapMerger(mergeFunction), CH_ID);
    }

    // ------------------------------------------------------------------ statistics

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(final ToIntFunction<? super T> mapper) {
        return new CollectorImpl<T, IntSummaryStatistics, IntSummaryStatistics>(
                new Supplier<IntSummaryStatistics>() {
                    public IntSummaryStatistics get() {
                        return new IntSummaryStatistics();
                    }
                }, new BiConsumer<IntSummaryStatistics, T>() {
                    public void accept(IntSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsInt(t));
                    }
                }, new BinaryOperator<IntSummaryStatistics>() {
                    public IntSummaryStatistics apply(IntSummaryStatistics l, IntSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(final ToLongFunction<? super T> mapper) {
        return new CollectorImpl<T, LongSummaryStatistics, LongSummaryStatistics>(
                new Supplier<LongSummaryStatistics>() {
                    public LongSummaryStatistics get() {
                        return new LongSummaryStatistics();
                    }
                }, new BiConsumer<LongSummaryStatistics, T>() {
                    public void accept(LongSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsLong(t));
                    }
                }, new BinaryOperator<LongSummaryStatistics>() {
                    public LongSummaryStatistics apply(LongSummaryStatistics l, LongSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(
            final ToDoubleFunction<? super T> mapper) {
        return new CollectorImpl<T, DoubleSummaryStatistics, DoubleSummaryStatistics>(
                new Supplier<DoubleSummaryStatistics>() {
                    public DoubleSummaryStatistics get() {
                        return new DoubleSummaryStatistics();
                    }
                }, new BiConsumer<DoubleSummaryStatistics, T>() {
                    public void accept(DoubleSummaryStatistics r, T t) {
                        r.accept(mapper.applyAsDouble(t));
                    }
                }, new BinaryOperator<DoubleSummaryStatistics>() {
                    public DoubleSummaryStatistics apply(DoubleSummaryStatistics l, DoubleSummaryStatistics r) {
                        l.combine(r);
                        return l;
                    }
                }, CH_ID);
    }

    // ------------------------------------------------------------------ teeing

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(downstream1, "downstream1");
        Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        final Supplier c1Supplier = Objects.requireNonNull(downstream1.supplier(), "downstream1 supplier");
        final Supplier c2Supplier = Objects.requireNonNull(downstream2.supplier(), "downstream2 supplier");
        final BiConsumer c1Accumulator = Objects.requireNonNull(downstream1.accumulator(), "downstream1 accumulator");
        final BiConsumer c2Accumulator = Objects.requireNonNull(downstream2.accumulator(), "downstream2 accumulator");
        final BinaryOperator c1Combiner = Objects.requireNonNull(downstream1.combiner(), "downstream1 combiner");
        final BinaryOperator c2Combiner = Objects.requireNonNull(downstream2.combiner(), "downstream2 combiner");
        final Function c1Finisher = Objects.requireNonNull(downstream1.finisher(), "downstream1 finisher");
        final Function c2Finisher = Objects.requireNonNull(downstream2.finisher(), "downstream2 finisher");
        final BiFunction m = merger;

        Set<Collector.Characteristics> characteristics;
        Set<Collector.Characteristics> c1Characteristics = downstream1.characteristics();
        Set<Collector.Characteristics> c2Characteristics = downstream2.characteristics();
        if (CH_ID.containsAll(c1Characteristics) || CH_ID.containsAll(c2Characteristics)) {
            characteristics = CH_NOID;
        } else {
            EnumSet<Collector.Characteristics> c = EnumSet.noneOf(Collector.Characteristics.class);
            c.addAll(c1Characteristics);
            c.retainAll(c2Characteristics);
            c.remove(Collector.Characteristics.IDENTITY_FINISH);
            characteristics = Collections.unmodifiableSet(c);
        }

        return new CollectorImpl<T, Object[], R>(new Supplier<Object[]>() {
            public Object[] get() {
                Object left = c1Supplier.get();
                Object right = c2Supplier.get();
                return new Object[] {left, right};
            }
        }, new BiConsumer<Object[], T>() {
            public void accept(Object[] box, T t) {
                c1Accumulator.accept(box[0], t);
                c2Accumulator.accept(box[1], t);
            }
        }, new BinaryOperator<Object[]>() {
            public Object[] apply(Object[] a, Object[] b) {
                a[0] = c1Combiner.apply(a[0], b[0]);
                a[1] = c2Combiner.apply(a[1], b[1]);
                return a;
            }
        }, new Function<Object[], R>() {
            public R apply(Object[] box) {
                Object r1 = c1Finisher.apply(box[0]);
                Object r2 = c2Finisher.apply(box[1]);
                return (R) m.apply(r1, r2);
            }
        }, characteristics);
    }
}
