package java.util.stream;

import java.util.Arrays;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The stages of a {@link LongStream}; each intermediate operation is an anonymous subclass.
 * IntPipeline, LongPipeline and DoublePipeline are the same code for their element
 * type (apart from the conversions, sum and average): keep the three in step.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class LongPipeline extends AbstractPipeline<Long, LongStream> implements LongStream {
    LongPipeline(Spliterator source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    LongPipeline(Supplier source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    LongPipeline(AbstractPipeline upstream, int set, int clear) {
        super(upstream, set, clear);
    }

    final int shape() {
        return LONG;
    }

    // ------------------------------------------------------------------ BaseStream

    public final PrimitiveIterator.OfLong iterator() {
        return Spliterators.iterator(spliterator());
    }

    public final Spliterator.OfLong spliterator() {
        return (Spliterator.OfLong) spliteratorInternal();
    }

    public LongStream unordered() {
        if (!isOrdered()) {
            return this;
        }
        return new LongPipeline(this, 0, ORDERED) {
            Sink opWrapSink(int flags, Sink sink) {
                return sink;
            }
        };
    }

    // ------------------------------------------------------------------ stateless operations

    public final LongStream filter(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void begin(long size) {
                        downstream.begin(-1);
                    }

                    public void accept(long t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public final LongStream map(final LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    public final <U> Stream<U> mapToObj(final LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.apply(t));
                    }
                };
            }
        };
    }

    public final IntStream mapToInt(final LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    public final DoubleStream mapToDouble(final LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    public final DoubleStream asDoubleStream() {
        return new DoublePipeline(this, 0, DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept((double) t);
                    }
                };
            }
        };
    }

    /** mapToObj(Box::valueOf) that keeps the sorted and distinct flags, as the JDK's boxed(). */
    public final Stream<Long> boxed() {
        return new ReferencePipeline<Long>(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(Long.valueOf(t));
                    }
                };
            }
        };
    }

    public final LongStream flatMap(final LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(long t) {
                        push(mapper.apply(t), LONG);
                    }
                };
            }
        };
    }

    public final LongStream mapMulti(final LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new ReferencePipeline.MapMultiSink(sink) {
                    public void accept(long t) {
                        mapper.accept(t, (LongConsumer) downstream);
                    }
                };
            }
        };
    }

    public final LongStream peek(final LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipeline(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new PeekSink(sink, action);
            }
        };
    }

    // ------------------------------------------------------------------ stateful operations

    public final LongStream distinct() {
        return boxed().distinct().mapToLong(new ToLongFunction<Long>() {
            public long applyAsLong(Long t) {
                return t.longValue();
            }
        });
    }

    public final LongStream sorted() {
        return new LongPipeline(this, ORDERED | SORTED, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                if ((flags & SORTED) != 0) {
                    return sink;
                }
                return new SortingSink(sink) {
                    Buffers.OfLong list;

                    public void begin(long size) {
                        super.begin(size);
                        list = new Buffers.OfLong();
                    }

                    public void accept(long t) {
                        list.accept(t);
                    }

                    public void end() {
                        long[] a = list.array;
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

    public final LongStream limit(long maxSize) {
        checkSliceArgument(maxSize);
        return slice(0, maxSize);
    }

    public final LongStream skip(long n) {
        checkSliceArgument(n);
        if (n == 0) {
            return this;
        }
        return slice(n, -1);
    }

    private LongStream slice(final long skip, final long limit) {
        final long normalizedLimit = limit >= 0 ? limit : Long.MAX_VALUE;
        return new LongPipeline(this, SIZE_ADJUSTING | (limit != -1 ? SHORT_CIRCUIT : 0), 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new SliceSink(sink, skip, limit);
            }

            long exactOutputSize(long size) {
                return calcSize(size, skip, normalizedLimit);
            }
        };
    }

    public final LongStream takeWhile(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, SHORT_CIRCUIT, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new TakeWhileSink(sink, predicate);
            }
        };
    }

    public final LongStream dropWhile(final LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new DropWhileSink(sink, predicate);
            }
        };
    }

    // ------------------------------------------------------------------ terminal operations

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(null, null, action, null), false);
    }

    public void forEachOrdered(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(null, null, action, null), false);
    }

    public final long[] toArray() {
        Buffers.OfLong buffer = new Buffers.OfLong();
        Spliterator spl = terminalSpliterator();
        copyInto(wrapSink(buffer), spl, isShortCircuit());
        return buffer.count == buffer.array.length ? buffer.array : buffer.toArray();
    }

    public final long reduce(final long identity, final LongBinaryOperator op) {
        Objects.requireNonNull(op);
        final long[] state = new long[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = identity;
            }

            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(long t) {
                state[0] = op.applyAsLong(state[0], t);
            }
        }, false);
        return state[0];
    }

    public final OptionalLong reduce(final LongBinaryOperator op) {
        Objects.requireNonNull(op);
        final long[] state = new long[1];
        final boolean[] empty = new boolean[1];
        evaluate(new Sink() {
            public void begin(long size) {
                empty[0] = true;
                state[0] = 0;
            }

            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(long t) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = t;
                } else {
                    state[0] = op.applyAsLong(state[0], t);
                }
            }
        }, false);
        return empty[0] ? OptionalLong.empty() : OptionalLong.of(state[0]);
    }

    public final <R> R collect(final Supplier<R> supplier, final ObjLongConsumer<R> accumulator,
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

            public void accept(long t) {
                accumulator.accept((R) state[0], t);
            }
        }, false);
        return (R) state[0];
    }

    public final long sum() {
        return reduce(0, new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
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

            public void accept(long t) {
                avg[0]++;
                avg[1] += t;
            }
        }, false);
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public final OptionalLong min() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.min(a, b);
            }
        });
    }

    public final OptionalLong max() {
        return reduce(new LongBinaryOperator() {
            public long applyAsLong(long a, long b) {
                return Math.max(a, b);
            }
        });
    }

    public final long count() {
        return countInternal();
    }

    public final LongSummaryStatistics summaryStatistics() {
        final LongSummaryStatistics stats = new LongSummaryStatistics();
        evaluate(new Sink() {
            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(long t) {
                stats.accept(t);
            }
        }, false);
        return stats;
    }

    public final boolean anyMatch(LongPredicate predicate) {
        return match(MatchSink.ANY, predicate);
    }

    public final boolean allMatch(LongPredicate predicate) {
        return match(MatchSink.ALL, predicate);
    }

    public final boolean noneMatch(LongPredicate predicate) {
        return match(MatchSink.NONE, predicate);
    }

    private boolean match(int kind, Object predicate) {
        MatchSink sink = new MatchSink(kind, predicate);
        evaluate(sink, true);
        return sink.value;
    }

    public final OptionalLong findFirst() {
        FindSink sink = new FindSink();
        evaluate(sink, true);
        return sink.hasValue ? OptionalLong.of(sink.longValue) : OptionalLong.empty();
    }

    public final OptionalLong findAny() {
        return findFirst();
    }
}
