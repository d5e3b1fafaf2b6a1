package java.util.stream;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The stages of a {@link DoubleStream}; each intermediate operation is an anonymous subclass.
 * IntPipeline, LongPipeline and DoublePipeline are the same code for their element
 * type (apart from the conversions, sum and average): keep the three in step.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class DoublePipeline extends AbstractPipeline<Double, DoubleStream> implements DoubleStream {
    DoublePipeline(Spliterator source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    DoublePipeline(Supplier source, int sourceFlags, boolean parallel) {
        super(source, sourceFlags, parallel);
    }

    DoublePipeline(AbstractPipeline upstream, int set, int clear) {
        super(upstream, set, clear);
    }

    final int shape() {
        return DOUBLE;
    }

    // ------------------------------------------------------------------ BaseStream

    public final PrimitiveIterator.OfDouble iterator() {
        return Spliterators.iterator(spliterator());
    }

    public final Spliterator.OfDouble spliterator() {
        return (Spliterator.OfDouble) spliteratorInternal();
    }

    public DoubleStream unordered() {
        if (!isOrdered()) {
            return this;
        }
        return new DoublePipeline(this, 0, ORDERED) {
            Sink opWrapSink(int flags, Sink sink) {
                return sink;
            }
        };
    }

    // ------------------------------------------------------------------ stateless operations

    public final DoubleStream filter(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void begin(long size) {
                        downstream.begin(-1);
                    }

                    public void accept(double t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public final DoubleStream map(final DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    public final <U> Stream<U> mapToObj(final DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.apply(t));
                    }
                };
            }
        };
    }

    public final IntStream mapToInt(final DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    public final LongStream mapToLong(final DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0, SORTED | DISTINCT) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    /** mapToObj(Box::valueOf) that keeps the sorted and distinct flags, as the JDK's boxed(). */
    public final Stream<Double> boxed() {
        return new ReferencePipeline<Double>(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(Double.valueOf(t));
                    }
                };
            }
        };
    }

    public final DoubleStream flatMap(final DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new FlatMapSink(sink) {
                    public void accept(double t) {
                        push(mapper.apply(t), DOUBLE);
                    }
                };
            }
        };
    }

    public final DoubleStream mapMulti(final DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0, SORTED | DISTINCT | SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new ReferencePipeline.MapMultiSink(sink) {
                    public void accept(double t) {
                        mapper.accept(t, (DoubleConsumer) downstream);
                    }
                };
            }
        };
    }

    public final DoubleStream peek(final DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipeline(this, 0, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new PeekSink(sink, action);
            }
        };
    }

    // ------------------------------------------------------------------ stateful operations

    public final DoubleStream distinct() {
        return boxed().distinct().mapToDouble(new ToDoubleFunction<Double>() {
            public double applyAsDouble(Double t) {
                return t.doubleValue();
            }
        });
    }

    public final DoubleStream sorted() {
        return new DoublePipeline(this, ORDERED | SORTED, 0) {
            Sink opWrapSink(int flags, Sink sink) {
                if ((flags & SORTED) != 0) {
                    return sink;
                }
                return new SortingSink(sink) {
                    Buffers.OfDouble list;

                    public void begin(long size) {
                        super.begin(size);
                        list = new Buffers.OfDouble();
                    }

                    public void accept(double t) {
                        list.accept(t);
                    }

                    public void end() {
                        double[] a = list.array;
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

    public final DoubleStream limit(long maxSize) {
        checkSliceArgument(maxSize);
        return slice(0, maxSize);
    }

    public final DoubleStream skip(long n) {
        checkSliceArgument(n);
        if (n == 0) {
            return this;
        }
        return slice(n, -1);
    }

    private DoubleStream slice(final long skip, final long limit) {
        final long normalizedLimit = limit >= 0 ? limit : Long.MAX_VALUE;
        return new DoublePipeline(this, SIZE_ADJUSTING | (limit != -1 ? SHORT_CIRCUIT : 0), 0) {
            Sink opWrapSink(int flags, Sink sink) {
                return new SliceSink(sink, skip, limit);
            }

            long exactOutputSize(long size) {
                return calcSize(size, skip, normalizedLimit);
            }
        };
    }

    public final DoubleStream takeWhile(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, SHORT_CIRCUIT, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new TakeWhileSink(sink, predicate);
            }
        };
    }

    public final DoubleStream dropWhile(final DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, 0, SIZED) {
            Sink opWrapSink(int flags, Sink sink) {
                return new DropWhileSink(sink, predicate);
            }
        };
    }

    // ------------------------------------------------------------------ terminal operations

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(null, null, null, action), false);
    }

    public void forEachOrdered(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new ForEachSink(null, null, null, action), false);
    }

    public final double[] toArray() {
        Buffers.OfDouble buffer = new Buffers.OfDouble();
        Spliterator spl = terminalSpliterator();
        copyInto(wrapSink(buffer), spl, isShortCircuit());
        return buffer.count == buffer.array.length ? buffer.array : buffer.toArray();
    }

    public final double reduce(final double identity, final DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        final double[] state = new double[1];
        evaluate(new Sink() {
            public void begin(long size) {
                state[0] = identity;
            }

            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(double t) {
                state[0] = op.applyAsDouble(state[0], t);
            }
        }, false);
        return state[0];
    }

    public final OptionalDouble reduce(final DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        final double[] state = new double[1];
        final boolean[] empty = new boolean[1];
        evaluate(new Sink() {
            public void begin(long size) {
                empty[0] = true;
                state[0] = 0;
            }

            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(double t) {
                if (empty[0]) {
                    empty[0] = false;
                    state[0] = t;
                } else {
                    state[0] = op.applyAsDouble(state[0], t);
                }
            }
        }, false);
        return empty[0] ? OptionalDouble.empty() : OptionalDouble.of(state[0]);
    }

    public final <R> R collect(final Supplier<R> supplier, final ObjDoubleConsumer<R> accumulator,
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

            public void accept(double t) {
                accumulator.accept((R) state[0], t);
            }
        }, false);
        return (R) state[0];
    }

    public final double sum() {
        final double[] summation = new double[3];
        evaluate(new Sink() {
            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(double t) {
                Collectors.sumWithCompensation(summation, t);
                summation[2] += t;
            }
        }, false);
        return Collectors.computeFinalSum(summation);
    }

    public final OptionalDouble average() {
        final double[] avg = new double[4];
        evaluate(new Sink() {
            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(double t) {
                avg[2]++;
                Collectors.sumWithCompensation(avg, t);
                avg[3] += t;
            }
        }, false);
        return avg[2] > 0 ? OptionalDouble.of(Collectors.computeFinalSum(avg) / avg[2]) : OptionalDouble.empty();
    }

    public final OptionalDouble min() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.min(a, b);
            }
        });
    }

    public final OptionalDouble max() {
        return reduce(new DoubleBinaryOperator() {
            public double applyAsDouble(double a, double b) {
                return Math.max(a, b);
            }
        });
    }

    public final long count() {
        return countInternal();
    }

    public final DoubleSummaryStatistics summaryStatistics() {
        final DoubleSummaryStatistics stats = new DoubleSummaryStatistics();
        evaluate(new Sink() {
            public void accept(Object t) {
                throw new IllegalStateException("called wrong accept method");
            }

            public void accept(double t) {
                stats.accept(t);
            }
        }, false);
        return stats;
    }

    public final boolean anyMatch(DoublePredicate predicate) {
        return match(MatchSink.ANY, predicate);
    }

    public final boolean allMatch(DoublePredicate predicate) {
        return match(MatchSink.ALL, predicate);
    }

    public final boolean noneMatch(DoublePredicate predicate) {
        return match(MatchSink.NONE, predicate);
    }

    private boolean match(int kind, Object predicate) {
        MatchSink sink = new MatchSink(kind, predicate);
        evaluate(sink, true);
        return sink.value;
    }

    public final OptionalDouble findFirst() {
        FindSink sink = new FindSink();
        evaluate(sink, true);
        return sink.hasValue ? OptionalDouble.of(sink.doubleValue) : OptionalDouble.empty();
    }

    public final OptionalDouble findAny() {
        return findFirst();
    }
}
