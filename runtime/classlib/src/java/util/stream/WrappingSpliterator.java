package java.util.stream;

import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The spliterator of a pipeline with intermediate stages (BaseStream.spliterator and
 * iterator): it binds the source on first use, then pulls one source element at a time
 * through the stages into a buffer and hands out what came out. A traversal of
 * everything at once (forEachRemaining before any tryAdvance) runs the pipeline
 * directly into the consumer.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
abstract class WrappingSpliterator {
    final AbstractPipeline ph;
    Spliterator spliterator;
    Sink bufferSink;
    int nextToConsume;
    boolean started;
    boolean finished;

    WrappingSpliterator(AbstractPipeline ph) {
        this.ph = ph;
    }

    final void init() {
        if (spliterator == null) {
            spliterator = ph.takeSourceSpliterator();
        }
    }

    abstract Sink buffer();

    abstract int bufferCount();

    abstract void clearBuffer();

    final boolean doAdvance() {
        if (!started) {
            if (finished) {
                return false;
            }
            init();
            started = true;
            bufferSink = ph.wrapSink(buffer());
            nextToConsume = 0;
            bufferSink.begin(spliterator.getExactSizeIfKnown());
            return fillBuffer();
        }
        nextToConsume++;
        boolean hasNext = nextToConsume < bufferCount();
        if (!hasNext) {
            nextToConsume = 0;
            clearBuffer();
            hasNext = fillBuffer();
        }
        return hasNext;
    }

    private boolean fillBuffer() {
        int shape = ph.sourceStage.shape();
        while (bufferCount() == 0) {
            if (bufferSink.cancellationRequested() || !AbstractPipeline.tryAdvance(shape, spliterator, bufferSink)) {
                if (finished) {
                    return false;
                }
                bufferSink.end();
                finished = true;
            }
        }
        return true;
    }

    /** Runs the whole pipeline into {@code sink} if nothing was taken yet; returns false otherwise. */
    final boolean copyAll(Sink sink) {
        if (!started && !finished) {
            init();
            finished = true;
            ph.copyInto(ph.wrapSink(sink), spliterator, ph.isShortCircuit());
            return true;
        }
        return false;
    }

    public final long estimateSize() {
        init();
        long exact = ph.exactOutputSizeIfKnown(spliterator);
        return exact >= 0 ? exact : spliterator.estimateSize();
    }

    public final long getExactSizeIfKnown() {
        init();
        return ph.exactOutputSizeIfKnown(spliterator);
    }

    public final int characteristics() {
        init();
        int f = ph.flags;
        int c = 0;
        if ((f & AbstractPipeline.ORDERED) != 0) {
            c |= Spliterator.ORDERED;
        }
        if ((f & AbstractPipeline.DISTINCT) != 0) {
            c |= Spliterator.DISTINCT;
        }
        if ((f & AbstractPipeline.SORTED) != 0) {
            c |= Spliterator.SORTED;
        }
        if ((f & AbstractPipeline.SIZED) != 0) {
            c |= spliterator.characteristics() & (Spliterator.SIZED | Spliterator.SUBSIZED);
        }
        return c;
    }

    public final Comparator getComparator() {
        if ((characteristics() & Spliterator.SORTED) == 0) {
            throw new IllegalStateException();
        }
        return null;
    }

    public final String toString() {
        return getClass().getName() + "[" + spliterator + "]";
    }

    static final class OfRef<T> extends WrappingSpliterator implements Spliterator<T> {
        private Buffers.Ref<T> buffer;

        OfRef(AbstractPipeline ph) {
            super(ph);
        }

        public Spliterator<T> trySplit() {
            return null;
        }

        Sink buffer() {
            buffer = new Buffers.Ref<T>();
            return buffer;
        }

        int bufferCount() {
            return buffer.count;
        }

        void clearBuffer() {
            buffer.clear();
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            boolean hasNext = doAdvance();
            if (hasNext) {
                action.accept((T) buffer.array[nextToConsume]);
            }
            return hasNext;
        }

        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (!copyAll(new AbstractPipeline.ForEachSink(action, null, null, null))) {
                while (tryAdvance(action)) {
                    // keep going
                }
            }
        }
    }

    static final class OfInt extends WrappingSpliterator implements Spliterator.OfInt {
        private Buffers.OfInt buffer;

        OfInt(AbstractPipeline ph) {
            super(ph);
        }

        public Spliterator.OfInt trySplit() {
            return null;
        }

        Sink buffer() {
            buffer = new Buffers.OfInt();
            return buffer;
        }

        int bufferCount() {
            return buffer.count;
        }

        void clearBuffer() {
            buffer.clear();
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            boolean hasNext = doAdvance();
            if (hasNext) {
                action.accept(buffer.array[nextToConsume]);
            }
            return hasNext;
        }

        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            if (!copyAll(new AbstractPipeline.ForEachSink(null, action, null, null))) {
                while (tryAdvance(action)) {
                    // keep going
                }
            }
        }
    }

    static final class OfLong extends WrappingSpliterator implements Spliterator.OfLong {
        private Buffers.OfLong buffer;

        OfLong(AbstractPipeline ph) {
            super(ph);
        }

        public Spliterator.OfLong trySplit() {
            return null;
        }

        Sink buffer() {
            buffer = new Buffers.OfLong();
            return buffer;
        }

        int bufferCount() {
            return buffer.count;
        }

        void clearBuffer() {
            buffer.clear();
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            boolean hasNext = doAdvance();
            if (hasNext) {
                action.accept(buffer.array[nextToConsume]);
            }
            return hasNext;
        }

        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            if (!copyAll(new AbstractPipeline.ForEachSink(null, null, action, null))) {
                while (tryAdvance(action)) {
                    // keep going
                }
            }
        }
    }

    static final class OfDouble extends WrappingSpliterator implements Spliterator.OfDouble {
        private Buffers.OfDouble buffer;

        OfDouble(AbstractPipeline ph) {
            super(ph);
        }

        public Spliterator.OfDouble trySplit() {
            return null;
        }

        Sink buffer() {
            buffer = new Buffers.OfDouble();
            return buffer;
        }

        int bufferCount() {
            return buffer.count;
        }

        void clearBuffer() {
            buffer.clear();
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            boolean hasNext = doAdvance();
            if (hasNext) {
                action.accept(buffer.array[nextToConsume]);
            }
            return hasNext;
        }

        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (!copyAll(new AbstractPipeline.ForEachSink(null, null, null, action))) {
                while (tryAdvance(action)) {
                    // keep going
                }
            }
        }
    }
}
