package java.util.stream;

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The stages of a {@link IntStream}; each intermediate operation is an anonymous subclass.
 * IntPipeline, LongPipeline and DoublePipeline are the same code for their element
 * type (apart from the conversions, sum and average): keep the three in step.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class IntPipeline extends AbstractPipeline<Integer, IntStream> implements IntStream {
    IntPipeline(Spliterator source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    IntPipeline(Supplier source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    IntPipeline(AbstractPipeline upstream, int set, int clear) {
        super(upstream, set, clear);
    }

    final int shape() {
        return INT;
    }

    // ------------------------------------------------------------------ BaseStream

    public final PrimitiveIterator.OfInt iterator() {
        return Spliterators.iterator(spliterator());
    }

    public final Spliterator.OfInt spliterator() {
        return (Spliterator.OfInt) spliteratorInternal();
    }

    public IntStream unordered() {
        if (!isOrdered()) {
            return this;
        }
        return new IntPipeline(this, 0, ORDERED) {
            Sink opWrapSink(int flags, Sink sink) {
                return sink;
            }
        };
    }

    // ------------------------------------------------------------------ stateless operations

    public final IntStream filter(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void begin(long size) {
                        downstream.begin(-1);
                    }

                    public void accept(int t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public final IntStream map(final IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    public final <U> Stream<U> mapToObj(final IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.apply(t));
                    }
                };
            }
        };
    }

    public final LongStream mapToLong(final IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    public final DoubleStream mapToDouble(final IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    public final LongStream asLongStream() {
        return new LongPipeline(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept((long) t);
                    }
                };
            }
        };
    }

    public final DoubleStream asDoubleStream() {
        return new DoublePipeline(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept((double) t);
                    }
                };
            }
        };
    }

    /** mapToObj(Box::valueOf) that keeps the sorted and distinct flags, as the JDK's boxed(). */
    public final Stream<Integer> boxed() {
        return new ReferencePipeline<Integer>(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(Integer.valueOf(t));
                    }
                };
            }
        };
    }

    public final IntStream flatMap(final IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(int t) {
                        push(mapper.apply(t), INT);
                    }
                };
            }
        };
    }

    public final IntStream mapMulti(final IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new ReferencePipeline.MapMultiSink(sink) {
                    public void accept(int t) {
                        mapper.accept(t, (IntConsumer) downstream);
                    }
                };
            }
        };
    }

    public final IntStream peek(final IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipeline(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new PeekSink(sink, action);
            }
        };
    }

    // ------------------------------------------------------------------ stateful operations

    public final IntStream distinct() {
        return boxed().distinct().mapToInt(new ToIntFunction<Integer>() {
            public int applyAsInt(Integer t) {
                return t.intValue();
            }
        });
    }

    public final IntStream sorted() {
        return new IntPipeline(this, ORDERED | SORTED, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                if ((flags & SORTED) != 0) {
                    return sink;
                }
                return new SortingSink(sink) {
                    Buffers.OfInt list;

                    public void begin(long size) {
                        super.begin(size);
                        list = new Buffers.OfInt();
                    }

                    public void accept(int t) {
                        list.accept(t);
                    }

                    public void end() {
                        int[] a = list.array;
                        int n = list.count;
                        Arrays.sort(a, 0, n);
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

    public final IntStream limit(long maxSize) {
        checkSliceArgument(maxSize);
        return slice(0, maxSize);
    }

    public final IntStream skip(long n) {
        checkSliceArgument(n);
        if (n == 0) {
            return this;
        }
        return slice(n, -1);
    }

    private IntStream slice(final long skip, final long limit) {
        final long normalizedLimit = limit >= 0 ? limit : Long.MAX_VALUE;
        return new IntPipeline(this, SIZE_ADJUSTING | (limit != -1 ? SHORT_CIRCUIT : 0), 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new SliceSink(sink, skip, limit);
            }

            long exactOutputSize(long size) {
                return calcSize(size, skip, normalizedLimit);
            }
        };
    }

    public final IntStream takeWhile(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, SHORT_CIRCUIT, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new TakeWhileSink(sink, predicate);
            }
        };
    }

    public final IntStream dropWhile(final IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new DropWhileSink(sink, predicate);
            }
        };
    }

    // ------------------------------------------------------------------ terminal operations

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(null, action, null, null), false);
    }

    public void forEachOrdered(IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(null, action, null, null), false);
    }

    public final int[] toArray() {
        Buffers.OfInt buffer = new Buffers.OfInt();
        Spliterator spl = terminalSpliterator();
        copyInto(wrapSink(buffer), spl, isShortCircuit());
        return buffer.count == buffer.array.length ? buffer.array : buffer.toArray();
    }

    public final int reduce(final int identity, final IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final int[] state = new int[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = identity;
            }

            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(int t) {
                state[0] = op.applyAsInt(state[0], t);
            }
        }, false);
        return state[0];
    }

    public final OptionalInt reduce(final IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final int[] state = new int[1];
        final boolean[] empty = new boolean[1];
        evaluate(new Sink() {
            public void begin(long size) {
                empty[0] = true;
                state[0] = 0;
            }

            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(int t) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = t;
                } else {
                    state[0] = op.applyAsInt(state[0], t);
                }
            }
        }, false);
        return empty[0] ? OptionalInt.empty() : OptionalInt.of(state[0]);
    }

    public final <R> R collect(final Supplier<R> supplier, final ObjIntConsumer<R> accumulator,
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
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(int t) {
                accumulator.accept((R) state[0], t);
            }
        }, false);
        return (R) state[0];
    }

    public final int sum() {
        return reduce(0, new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return a + b;
            }
        });
    }

    public final OptionalDouble average() {
        final long[] avg = new long[2];
        evaluate(new Sink() {
            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(int t) {
                avg[0]++;
                avg[1] += t;
            }
        }, false);
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public final OptionalInt min() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.min(a, b);
            }
        });
    }

    public final OptionalInt max() {
        return reduce(new IntBinaryOperator() {
            public int applyAsInt(int a, int b) {
                return Math.max(a, b);
            }
        });
    }

    public final long count() {
        return countInternal();
    }

    public final IntSummaryStatistics summaryStatistics() {
        final IntSummaryStatistics stats = new IntSummaryStatistics();
        evaluate(new Sink() {
            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(int t) {
                stats.accept(t);
            }
        }, false);
        return stats;
    }

    public final boolean anyMatch(IntPredicate predicate) {
        return match(MatchSink.ANY, predicate);
    }

    public final boolean allMatch(IntPredicate predicate) {
        return match(MatchSink.ALL, predicate);
    }

    public final boolean noneMatch(IntPredicate predicate) {
        return match(MatchSink.NONE, predicate);
    }

    private boolean match(int kind, Object predicate) {
        MatchSink sink = new MatchSink(kind, predicate);
        evaluate(sink, true);
        return sink.value;
    }

    public final OptionalInt findFirst() {
        FindSink sink = new FindSink();
        evaluate(sink, true);
        return sink.hasValue ? OptionalInt.of(sink.intValue) : OptionalInt.empty();
    }

    public final OptionalInt findAny() {
        return findFirst();
    }
}
