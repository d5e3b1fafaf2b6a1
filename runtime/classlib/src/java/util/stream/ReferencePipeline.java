package java.util.stream;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** The stages of a {@link Stream}; each intermediate operation is an anonymous subclass. */
@SuppressWarnings({"rawtypes", "unchecked"})
class ReferencePipeline<P_OUT> extends AbstractPipeline<P_OUT, Stream<P_OUT>> implements Stream<P_OUT> {
    ReferencePipeline(Spliterator source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    ReferencePipeline(Supplier source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    ReferencePipeline(AbstractPipeline upstream, int set, int clear) {
        super(upstream, set, clear);
    }

    final int shape() {
        return REF;
    }

    // ------------------------------------------------------------------ BaseStream

    public final Iterator<P_OUT> iterator() {
        return Spliterators.iterator(spliterator());
    }

    public final Spliterator<P_OUT> spliterator() {
        return spliteratorInternal();
    }

    public Stream<P_OUT> unordered() {
        if (!isOrdered()) {
            return this;
        }
        return new ReferencePipeline<P_OUT>(this, 0, ORDERED) {
            Sink opWrapSink(int flags, Sink sink) {
                return sink;
            }
        };
    }

    // ------------------------------------------------------------------ stateless operations

    public final Stream<P_OUT> filter(final Predicate<? super P_OUT> predicate) {
        Objects.requireNonNull(predicate);
        return new ReferencePipeline<P_OUT>(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void begin(long size) {
                        downstream.begin(-1);
                    }

                    public void accept(Object u) {
                        if (predicate.test((P_OUT) u)) {
                            downstream.accept(u);
                        }
                    }
                };
            }
        };
    }

    public final <R> Stream<R> map(final Function<? super P_OUT, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object u) {
                        downstream.accept(mapper.apply((P_OUT) u));
                    }
                };
            }
        };
    }

    public final IntStream mapToInt(final ToIntFunction<? super P_OUT> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object u) {
                        downstream.accept(mapper.applyAsInt((P_OUT) u));
                    }
                };
            }
        };
    }

    public final LongStream mapToLong(final ToLongFunction<? super P_OUT> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object u) {
                        downstream.accept(mapper.applyAsLong((P_OUT) u));
                    }
                };
            }
        };
    }

    public final DoubleStream mapToDouble(final ToDoubleFunction<? super P_OUT> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object u) {
                        downstream.accept(mapper.applyAsDouble((P_OUT) u));
                    }
                };
            }
        };
    }

    public final <R> Stream<R> flatMap(final Function<? super P_OUT, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(Object u) {
                        push(mapper.apply((P_OUT) u), REF);
                    }
                };
            }
        };
    }

    public final IntStream flatMapToInt(final Function<? super P_OUT, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(Object u) {
                        push(mapper.apply((P_OUT) u), INT);
                    }
                };
            }
        };
    }

    public final LongStream flatMapToLong(final Function<? super P_OUT, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(Object u) {
                        push(mapper.apply((P_OUT) u), LONG);
                    }
                };
            }
        };
    }

    public final DoubleStream flatMapToDouble(final Function<? super P_OUT, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(Object u) {
                        push(mapper.apply((P_OUT) u), DOUBLE);
                    }
                };
            }
        };
    }

    /** The sink of mapMulti*: hands the downstream sink itself to the mapper. */
    abstract static class MapMultiSink extends Sink.Chained {
        MapMultiSink(Sink downstream) {
            super(downstream);
        }

        public void begin(long size) {
            downstream.begin(-1);
        }
    }

    public final <R> Stream<R> mapMulti(final BiConsumer<? super P_OUT, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new MapMultiSink(sink) {
                    public void accept(Object u) {
                        mapper.accept((P_OUT) u, (Consumer<R>) downstream);
                    }
                };
            }
        };
    }

    public final IntStream mapMultiToInt(final BiConsumer<? super P_OUT, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new MapMultiSink(sink) {
                    public void accept(Object u) {
                        mapper.accept((P_OUT) u, (IntConsumer) downstream);
                    }
                };
            }
        };
    }

    public final LongStream mapMultiToLong(final BiConsumer<? super P_OUT, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new MapMultiSink(sink) {
                    public void accept(Object u) {
                        mapper.accept((P_OUT) u, (LongConsumer) downstream);
                    }
                };
            }
        };
    }

    public final DoubleStream mapMultiToDouble(final BiConsumer<? super P_OUT, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new MapMultiSink(sink) {
                    public void accept(Object u) {
                        mapper.accept((P_OUT) u, (DoubleConsumer) downstream);
                    }
                };
            }
        };
    }

    public final Stream<P_OUT> peek(final Consumer<? super P_OUT> action) {
        Objects.requireNonNull(action);
        return new ReferencePipeline<P_OUT>(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new PeekSink(sink, action);
            }
        };
    }

    // ------------------------------------------------------------------ stateful operations

    public final Stream<P_OUT> distinct() {
        return new ReferencePipeline<P_OUT>(this, DISTINCT, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                if ((flags & DISTINCT) != 0) {
                    return sink;
                }
                if ((flags & SORTED) != 0) {
                    return new Sink.Chained(sink) {
                        boolean seenNull;
                        Object lastSeen;

                        public void begin(long size) {
                            seenNull = false;
                            lastSeen = null;
                            downstream.begin(-1);
                        }

                        public void end() {
                            seenNull = false;
                            lastSeen = null;
                            downstream.end();
                        }

                        public void accept(Object t) {
                            if (t == null) {
                                if (!seenNull) {
                                    seenNull = true;
                                    downstream.accept(lastSeen = null);
                                }
                            } else if (lastSeen == null || !t.equals(lastSeen)) {
                                downstream.accept(lastSeen = t);
                            }
                        }
                    };
                }
                return new Sink.Chained(sink) {
                    HashSet seen;

                    public void begin(long size) {
                        seen = new HashSet();
                        downstream.begin(-1);
                    }

                    public void end() {
                        seen = null;
                        downstream.end();
                    }

                    public void accept(Object t) {
                        if (!seen.contains(t)) {
                            seen.add(t);
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public final Stream<P_OUT> sorted() {
        return sorted(null, true);
    }

    public final Stream<P_OUT> sorted(Comparator<? super P_OUT> comparator) {
        return sorted(Objects.requireNonNull(comparator), false);
    }

    private Stream<P_OUT> sorted(final Comparator comparatorOrNull, final boolean natural) {
        final Comparator comparator = natural ? Comparator.naturalOrder() : comparatorOrNull;
        return new ReferencePipeline<P_OUT>(this, ORDERED | (natural ? SORTED : 0), natural ? 0 : SORTED) {
            Sink opWrapSink(int flags, Sink sink) {
                if ((flags & SORTED) != 0 && natural) {
                    return sink;
                }
                return new SortingSink(sink) {
                    Buffers.Ref list;

                    public void begin(long size) {
                        super.begin(size);
                        list = new Buffers.Ref();
                    }

                    public void accept(Object t) {
                        list.accept(t);
                    }

                    public void end() {
                        Object[] a = list.array;
                        int n = list.count;
                        Arrays.sort(a, 0, n, comparator);
                        list = null;
                        downstream.begin(n);
                        if (!cancellationRequestedCalled) {
                            for (int i = 0; i < n; i++) {
                                downstream.accept(a[i]);
                            }
                        } else {
                            for (int i = 0; i < n; i++) {
                                if (downstream.cancellationRequested()) {
                                    break;
                                }
                                downstream.accept(a[i]);
                            }
                        }
                        downstream.end();
                    }
                };
            }
        };
    }

    public final Stream<P_OUT> limit(long maxSize) {
        checkSliceArgument(maxSize);
        return slice(0, maxSize);
    }

    public final Stream<P_OUT> skip(long n) {
        checkSliceArgument(n);
        if (n == 0) {
            return this;
        }
        return slice(n, -1);
    }

    private Stream<P_OUT> slice(final long skip, final long limit) {
        final long normalizedLimit = limit >= 0 ? limit : Long.MAX_VALUE;
        return new ReferencePipeline<P_OUT>(this, SIZE_ADJUSTING | (limit != -1 ? SHORT_CIRCUIT : 0), 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new SliceSink(sink, skip, limit);
            }

            long exactOutputSize(long size) {
                return calcSize(size, skip, normalizedLimit);
            }
        };
    }

    public final Stream<P_OUT> takeWhile(final Predicate<? super P_OUT> predicate) {
        Objects.requireNonNull(predicate);
        return new ReferencePipeline<P_OUT>(this, SHORT_CIRCUIT, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new TakeWhileSink(sink, predicate);
            }
        };
    }

    public final Stream<P_OUT> dropWhile(final Predicate<? super P_OUT> predicate) {
        Objects.requireNonNull(predicate);
        return new ReferencePipeline<P_OUT>(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new DropWhileSink(sink, predicate);
            }
        };
    }

    // ------------------------------------------------------------------ terminal operations

    public void forEach(Consumer<? super P_OUT> action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(action, null, null, null), false);
    }

    public void forEachOrdered(Consumer<? super P_OUT> action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(action, null, null, null), false);
    }

    public final Object[] toArray() {
        return toArray(new IntFunction<Object[]>() {
            public Object[] apply(int n) {
                return new Object[n];
            }
        });
    }

    /** Fills an array of exactly the expected size. */
    static final class FixedArraySink implements Sink {
        final Object[] array;
        int curSize;

        FixedArraySink(Object[] array) {
            this.array = array;
        }

        public void begin(long size) {
            if (size != array.length) {
                throw new IllegalStateException("Begin size " + size + " is not equal to fixed size " + array.length);
            }
            curSize = 0;
        }

        public void accept(Object t) {
            if (curSize < array.length) {
                array[curSize++] = t;
            } else {
                throw new IllegalStateException("Accept exceeded fixed size of " + array.length);
            }
        }

        public void end() {
            if (curSize < array.length) {
                throw new IllegalStateException("End size " + curSize + " is less than fixed size " + array.length);
            }
        }
    }

    public final <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        Spliterator spl = terminalSpliterator();
        long size = exactOutputSizeIfKnown(spl);
        if (size >= 0 && size < MAX_ARRAY_SIZE) {
            A[] array = generator.apply((int) size);
            copyInto(wrapSink(new FixedArraySink(array)), spl, isShortCircuit());
            return array;
        }
        Buffers.Ref buffer = new Buffers.Ref();
        copyInto(wrapSink(buffer), spl, isShortCircuit());
        A[] result = generator.apply(buffer.count);
        if (buffer.count > result.length) {
            throw new IndexOutOfBoundsException("does not fit");
        }
        System.arraycopy(buffer.array, 0, result, 0, buffer.count);
        return result;
    }

    public final List<P_OUT> toList() {
        return (List<P_OUT>) Collections.unmodifiableList(Arrays.asList(toArray()));
    }

    public final P_OUT reduce(final P_OUT identity, final BinaryOperator<P_OUT> accumulator) {
        Objects.requireNonNull(accumulator);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = identity;
            }

            public void accept(Object t) {
                state[0] = accumulator.apply((P_OUT) state[0], (P_OUT) t);
            }
        }, false);
        return (P_OUT) state[0];
    }

    public final Optional<P_OUT> reduce(BinaryOperator<P_OUT> accumulator) {
        Objects.requireNonNull(accumulator);
        ReducingSink sink = new ReducingSink(accumulator);
        evaluate(sink, false);
        return sink.empty ? Optional.<P_OUT>empty() : Optional.of((P_OUT) sink.state);
    }

    /** reduce(BinaryOperator): the first element starts the reduction. */
    static final class ReducingSink implements Sink {
        private final BinaryOperator operator;
        boolean empty;
        Object state;

        ReducingSink(BinaryOperator operator) {
            this.operator = operator;
        }

        public void begin(long size) {
            empty = true;
            state = null;
        }

        public void accept(Object t) {
            if (empty) {
                empty = false;
                state = t;
            } else {
                state = operator.apply(state, t);
            }
        }
    }

    public final <R> R reduce(final R identity, final BiFunction<R, ? super P_OUT, R> accumulator,
            BinaryOperator<R> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = identity;
            }

            public void accept(Object t) {
                state[0] = accumulator.apply((R) state[0], (P_OUT) t);
            }
        }, false);
        return (R) state[0];
    }

    public final <R> R collect(final Supplier<R> supplier, final BiConsumer<R, ? super P_OUT> accumulator,
            BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = supplier.get();
            }

            public void accept(Object t) {
                accumulator.accept((R) state[0], (P_OUT) t);
            }
        }, false);
        return (R) state[0];
    }

    public final <R, A> R collect(Collector<? super P_OUT, A, R> collector) {
        Objects.requireNonNull(collector);
        final Supplier<A> supplier = collector.supplier();
        final BiConsumer<A, ? super P_OUT> accumulator = collector.accumulator();
        collector.combiner();
        final Object[] state = new Object[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = supplier.get();
            }

            public void accept(Object t) {
                ((BiConsumer) accumulator).accept(state[0], t);
            }
        }, false);
        A container = (A) state[0];
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply(container);
    }

    public final Optional<P_OUT> max(Comparator<? super P_OUT> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    public final Optional<P_OUT> min(Comparator<? super P_OUT> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    public final long count() {
        return countInternal();
    }

    public final boolean anyMatch(Predicate<? super P_OUT> predicate) {
        return match(MatchSink.ANY, predicate);
    }

    public final boolean allMatch(Predicate<? super P_OUT> predicate) {
        return match(MatchSink.ALL, predicate);
    }

    public final boolean noneMatch(Predicate<? super P_OUT> predicate) {
        return match(MatchSink.NONE, predicate);
    }

    private boolean match(int kind, Object predicate) {
        MatchSink sink = new MatchSink(kind, predicate);
        evaluate(sink, true);
        return sink.value;
    }

    public final Optional<P_OUT> findFirst() {
        FindSink sink = new FindSink();
        evaluate(sink, true);
        return sink.hasValue ? Optional.of((P_OUT) sink.ref) : Optional.<P_OUT>empty();
    }

    public final Optional<P_OUT> findAny() {
        return findFirst();
    }
}
