import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

// Streams from custom iterators and spliterators (StreamSupport), and the other way
// round: iterator() and spliterator() of a stream, pulled one element at a time.
public class StreamSpliterators {
    /** A spliterator that counts down and reports each step. */
    static final class Countdown implements Spliterator<Integer> {
        private int next;

        Countdown(int from) {
            next = from;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Integer> action) {
            if (next <= 0) {
                System.out.println("  countdown done");
                return false;
            }
            System.out.println("  countdown gives " + next);
            action.accept(next--);
            return true;
        }

        @Override
        public Spliterator<Integer> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return next;
        }

        @Override
        public int characteristics() {
            return ORDERED | SIZED;
        }
    }

    static Iterator<String> words() {
        return new Iterator<String>() {
            private final String[] w = {"red", "green", "blue", "cyan"};
            private int i;

            @Override
            public boolean hasNext() {
                return i < w.length;
            }

            @Override
            public String next() {
                System.out.println("  iterator next " + w[i]);
                return w[i++];
            }
        };
    }

    public static void main(String[] args) {
        System.out.println("custom spliterator, collect:");
        System.out.println(StreamSupport.stream(new Countdown(3), false).map(x -> x * 10).toList());
        System.out.println("custom spliterator, findFirst:");
        System.out.println(StreamSupport.stream(new Countdown(5), false).filter(x -> x % 2 == 0).findFirst().get());
        System.out.println("custom spliterator, count (sized):");
        System.out.println(StreamSupport.stream(new Countdown(4), false).count());
        System.out.println("custom spliterator, limit:");
        System.out.println(StreamSupport.stream(new Countdown(9), false).limit(2).toList());

        System.out.println("from iterator:");
        Stream<String> fromIterator = StreamSupport.stream(Spliterators.spliteratorUnknownSize(words(), Spliterator.ORDERED), false);
        System.out.println(fromIterator.filter(s -> s.length() > 3).toList());
        System.out.println("from iterator, anyMatch:");
        System.out.println(StreamSupport.stream(Spliterators.spliteratorUnknownSize(words(), 0), false).anyMatch(s -> s.startsWith("g")));
        Iterable<Integer> iterable = List.of(7, 8, 9);
        System.out.println("from iterable: " + StreamSupport.stream(iterable.spliterator(), false).mapToInt(i -> i).sum());

        System.out.println("stream iterator:");
        Iterator<Integer> it = Stream.of(1, 2, 3, 4).peek(x -> System.out.println("  produced " + x)).filter(x -> x != 2).iterator();
        while (it.hasNext()) {
            System.out.println("  consumed " + it.next());
        }
        PrimitiveIterator.OfInt ints = IntStream.rangeClosed(1, 3).map(i -> i * i).iterator();
        StringBuilder sb = new StringBuilder();
        while (ints.hasNext()) sb.append(ints.nextInt()).append(' ');
        System.out.println("int iterator: " + sb.toString().trim());
        for (String s : (Iterable<String>) Stream.of("for", "each", "loop")::iterator) {
            System.out.print(s + "|");
        }
        System.out.println();

        System.out.println("stream spliterator:");
        Spliterator<String> sp = Stream.of("a", "b", "c").map(String::toUpperCase).spliterator();
        System.out.println("  sized " + sp.hasCharacteristics(Spliterator.SIZED) + " ordered " + sp.hasCharacteristics(Spliterator.ORDERED)
                + " estimate " + sp.estimateSize() + " exact " + sp.getExactSizeIfKnown());
        sp.tryAdvance(s -> System.out.println("  first " + s));
        sp.forEachRemaining(s -> System.out.println("  rest " + s));
        Spliterator<Integer> filtered = List.of(1, 2, 3).stream().filter(x -> x > 1).spliterator();
        System.out.println("  filtered sized " + filtered.hasCharacteristics(Spliterator.SIZED) + " exact " + filtered.getExactSizeIfKnown());
        Spliterator.OfInt range = IntStream.range(0, 10).spliterator();
        System.out.println("  range sized " + range.hasCharacteristics(Spliterator.SIZED) + " sorted " + range.hasCharacteristics(Spliterator.SORTED)
                + " distinct " + range.hasCharacteristics(Spliterator.DISTINCT) + " size " + range.estimateSize());
        Spliterator<String> sortedSp = Stream.of("b", "a").sorted().spliterator();
        System.out.println("  sorted stream sorted " + sortedSp.hasCharacteristics(Spliterator.SORTED) + " comparator " + sortedSp.getComparator());
        System.out.println("  back to a stream: " + StreamSupport.stream(Stream.of(5, 6).map(x -> -x).spliterator(), false).toList());
    }
}
