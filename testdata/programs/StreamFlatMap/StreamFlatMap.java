import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// flatMap and friends: nested lists, lines to words, pairs, flatMapToInt, mapMulti, and
// the closing of each inner stream.
public class StreamFlatMap {
    public static void main(String[] args) {
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3), List.of(4, 5, 6));
        System.out.println("flattened: " + nested.stream().flatMap(List::stream).toList());
        System.out.println("flattened sum: " + nested.stream().flatMapToInt(l -> l.stream().mapToInt(Integer::intValue)).sum());

        List<String> lines = List.of("the cat sat", "on the mat", "the end");
        List<String> words = lines.stream().flatMap(line -> Arrays.stream(line.split(" "))).toList();
        System.out.println("words: " + words);
        System.out.println("distinct words: " + lines.stream().flatMap(l -> Stream.of(l.split(" "))).distinct().sorted().toList());
        Map<String, Long> counts = lines.stream().flatMap(l -> Stream.of(l.split(" ")))
                .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
        System.out.println("counts: " + counts);

        List<String> pairs = Stream.of("a", "b", "c")
                .flatMap(x -> Stream.of(1, 2).map(n -> x + n)).toList();
        System.out.println("pairs: " + pairs);
        List<String> triangles = IntStream.rangeClosed(1, 20).boxed()
                .flatMap(a -> IntStream.rangeClosed(a, 20).boxed()
                        .flatMap(b -> IntStream.rangeClosed(b, 20).filter(c -> a * a + b * b == c * c)
                                .mapToObj(c -> a + "-" + b + "-" + c)))
                .toList();
        System.out.println("pythagorean: " + triangles);

        System.out.println("chars: " + Stream.of("ab", "cd").flatMapToInt(String::chars).mapToObj(c -> String.valueOf((char) c)).toList());
        System.out.println("repeat: " + IntStream.rangeClosed(1, 4).flatMap(i -> IntStream.range(0, i).map(j -> i)).boxed().toList());
        System.out.println("null inner: " + Stream.of(1, 2, 3).flatMap(x -> x == 2 ? null : Stream.of(x)).toList());

        List<Object> multi = Stream.of(1, 2, 3).mapMulti((x, sink) -> {
            if (x != 2) {
                sink.accept(x);
                sink.accept("#" + x);
            }
        }).toList();
        System.out.println("mapMulti: " + multi);
        System.out.println("mapMultiToInt: " + Stream.of("a1", "b22", "c").mapMultiToInt((s, sink) -> {
            for (char ch : s.toCharArray()) {
                if (Character.isDigit(ch)) sink.accept(ch - '0');
            }
        }).boxed().toList());
        System.out.println("IntStream mapMulti: " + IntStream.range(1, 4).mapMulti((i, sink) -> {
            sink.accept(i);
            sink.accept(i * 100);
        }).boxed().toList());

        Stream.of("x", "y").flatMap(s -> Stream.of(s, s.toUpperCase()).onClose(() -> System.out.println("closed inner " + s)))
                .forEach(s -> System.out.println("got " + s));
        List<Integer> firstTwo = Stream.of(1, 2, 3)
                .flatMap(x -> Stream.of(x * 10, x * 10 + 1).peek(y -> System.out.println("produced " + y)))
                .limit(3).toList();
        System.out.println("limited: " + firstTwo);
        System.out.println("anyMatch deep: " + Stream.of(List.of(1, 2), List.of(3, 4))
                .flatMap(l -> l.stream().peek(v -> System.out.println("checked " + v))).anyMatch(v -> v == 2));

        String[][] grid = {{"a", "b"}, {"c"}, {"d", "e", "f"}};
        System.out.println("grid: " + Arrays.stream(grid).flatMap(Arrays::stream).collect(Collectors.joining(",")));
        System.out.println("lengths: " + Arrays.stream(grid).mapToInt(row -> row.length).boxed().toList());
    }
}
