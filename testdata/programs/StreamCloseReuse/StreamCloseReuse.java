import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// A stream is used once: a second terminal or intermediate operation throws
// IllegalStateException. onClose handlers run on close() in registration order, once;
// exceptions from them are chained as suppressed.
public class StreamCloseReuse {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (IllegalStateException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Stream<String> s = Stream.of("a", "b", "c");
        System.out.println("count " + s.count());
        attempt("second terminal", () -> s.count());
        attempt("intermediate after terminal", () -> s.map(String::length));

        Stream<Integer> base = List.of(1, 2, 3).stream();
        Stream<Integer> mapped = base.map(x -> x * 2);
        attempt("second branch", () -> base.filter(x -> x > 1));
        System.out.println("first branch " + mapped.toList());
        attempt("terminal on consumed source", () -> base.forEach(x -> { }));

        IntStream ints = IntStream.range(0, 3);
        ints.sum();
        attempt("int stream reuse", () -> ints.boxed());
        Stream<String> iterated = Stream.of("x");
        iterated.iterator();
        attempt("after iterator", () -> iterated.findFirst());

        Stream<String> closing = Stream.of("p", "q")
                .onClose(() -> System.out.println("handler 1"))
                .onClose(() -> System.out.println("handler 2"));
        System.out.println("joined " + String.join("", closing.toList()));
        closing.close();
        closing.close();
        System.out.println("closed twice");

        try (Stream<String> lines = Stream.of("one", "two").onClose(() -> System.out.println("try-with-resources closed"))) {
            lines.map(String::toUpperCase).forEach(System.out::println);
        }

        Stream<String> notUsed = Stream.of("z").onClose(() -> System.out.println("closed without terminal"));
        notUsed.close();
        attempt("use after close", () -> notUsed.count());

        Stream<String> failing = Stream.of("f")
                .onClose(() -> { throw new IllegalStateException("first handler failed"); })
                .onClose(() -> System.out.println("second handler still runs"))
                .onClose(() -> { throw new IllegalArgumentException("third handler failed"); });
        try {
            failing.close();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", suppressed " + Arrays.toString(e.getSuppressed()));
        }

        Stream<Integer> a = Stream.of(1, 2).onClose(() -> System.out.println("close a"));
        Stream<Integer> b = Stream.of(3).onClose(() -> System.out.println("close b"));
        Stream<Integer> both = Stream.concat(a, b);
        attempt("concat consumed its inputs", () -> a.count());
        System.out.println("concat " + both.toList());
        both.close();

        Stream<String> parent = Stream.of("m", "n");
        System.out.println("onClose returns the same stream: " + (parent.onClose(() -> System.out.println("parent handler")) == parent));
        Stream<String> child = parent.map(String::toUpperCase);
        attempt("onClose on a linked stream", () -> parent.onClose(() -> { }));
        child.close();
        attempt("source of a closed child", () -> parent.count());
        System.out.println("parallel flag: " + List.of(1).parallelStream().isParallel() + " " + Stream.of(1).parallel().sequential().isParallel());
    }
}
