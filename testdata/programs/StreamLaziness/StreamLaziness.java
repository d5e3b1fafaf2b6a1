import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// Observable evaluation order: nothing runs before the terminal operation, elements go
// through the stages one at a time, short-circuiting stops the source early, sorted is
// a barrier, and count() of a sized pipeline does not run it at all.
public class StreamLaziness {
    static List<String> log = new ArrayList<>();

    static void show(String label) {
        System.out.println(label + ": " + log);
        log.clear();
    }

    public static void main(String[] args) {
        List<Integer> source = List.of(5, 2, 8, 1, 9, 3);

        Stream<Integer> pending = source.stream().peek(x -> log.add("peek" + x)).map(x -> x * 10);
        show("before terminal");
        List<Integer> result = pending.collect(Collectors.toList());
        show("after collect " + result);

        source.stream()
                .peek(x -> log.add("a" + x))
                .filter(x -> x > 2)
                .peek(x -> log.add("b" + x))
                .map(x -> x + 100)
                .forEach(x -> log.add("=" + x));
        show("one at a time");

        Optional<Integer> first = source.stream().peek(x -> log.add("f" + x)).filter(x -> x > 6).findFirst();
        show("findFirst " + first.get());

        boolean any = source.stream().peek(x -> log.add("m" + x)).anyMatch(x -> x == 1);
        show("anyMatch " + any);
        boolean all = source.stream().peek(x -> log.add("m" + x)).allMatch(x -> x < 8);
        show("allMatch " + all);

        List<Integer> limited = source.stream().peek(x -> log.add("l" + x)).limit(2).collect(Collectors.toList());
        show("limit " + limited);
        List<Integer> filteredLimit = source.stream().filter(x -> { log.add("t" + x); return x % 2 == 1; }).limit(2).toList();
        show("filter+limit " + filteredLimit);

        List<Integer> sorted = source.stream().peek(x -> log.add("in" + x)).sorted().peek(x -> log.add("out" + x)).limit(3).toList();
        show("sorted barrier " + sorted);
        Integer smallest = source.stream().sorted().peek(x -> log.add("s" + x)).findFirst().get();
        show("sorted findFirst " + smallest);
        List<Integer> fromTree = new TreeSet<>(source).stream().peek(x -> log.add("in" + x)).sorted().peek(x -> log.add("out" + x)).toList();
        show("already sorted " + fromTree);

        long counted = source.stream().peek(x -> log.add("c" + x)).map(x -> x * 2).count();
        show("count sized " + counted);
        long countedLimit = source.stream().peek(x -> log.add("c" + x)).skip(1).limit(3).count();
        show("count sized with skip/limit " + countedLimit);
        long countedFilter = source.stream().peek(x -> log.add("c" + x)).filter(x -> x > 4).count();
        show("count filtered " + countedFilter);
        long rangeCount = IntStream.range(0, 1000).peek(i -> log.add("r" + i)).count();
        show("range count " + rangeCount);

        List<Integer> infinite = Stream.iterate(1, x -> { log.add("next" + x); return x * 2; }).limit(4).toList();
        show("iterate " + infinite);
        List<Integer> takeWhile = Stream.iterate(1, x -> x + 1).peek(x -> log.add("w" + x)).takeWhile(x -> x < 4).toList();
        show("takeWhile " + takeWhile);

        Iterator<Integer> it = source.stream().peek(x -> log.add("it" + x)).filter(x -> x > 4).iterator();
        show("iterator created");
        System.out.println("hasNext " + it.hasNext());
        show("after hasNext");
        System.out.println("next " + it.next() + " " + it.next());
        show("after two next");

        List<Integer> flat = Stream.of(1, 2, 3).flatMap(x -> Stream.of(x, -x).peek(y -> log.add("inner" + y))).limit(3).toList();
        show("flatMap+limit " + flat);

        Stream<String> built = Stream.of("x", "y").map(s -> { log.add("map" + s); return s + s; });
        log.add("built");
        built.forEach(s -> log.add(s));
        show("map after build");
    }
}
