import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

// The other Collectors: toMap (with merge function and map factory), toCollection,
// unmodifiable collectors, reducing, teeing, filtering, flatMapping, summarizing,
// averaging/summing, minBy/maxBy, Collector.of, and characteristics.
public class StreamCollectors {
    public static void main(String[] args) {
        List<String> words = List.of("kiwi", "apple", "plum", "cherry", "pear", "mango", "fig", "lime");

        Map<String, Integer> lengths = words.stream().collect(Collectors.toMap(w -> w, String::length));
        System.out.println("toMap: " + lengths);
        Map<Integer, String> byLength = words.stream()
                .collect(Collectors.toMap(String::length, w -> w, (a, b) -> a + "|" + b));
        System.out.println("merged: " + byLength);
        Map<Character, Integer> ordered = words.stream()
                .collect(Collectors.toMap(w -> w.charAt(0), String::length, Integer::sum, LinkedHashMap::new));
        System.out.println("linked: " + ordered);

        TreeSet<String> tree = words.stream().collect(Collectors.toCollection(TreeSet::new));
        System.out.println("tree: " + tree + " first " + tree.first());
        ArrayDeque<String> deque = words.stream().limit(3).collect(Collectors.toCollection(ArrayDeque::new));
        System.out.println("deque: " + deque + " last " + deque.peekLast());

        List<String> fixed = words.stream().filter(w -> w.length() == 4).collect(Collectors.toUnmodifiableList());
        System.out.println("unmodifiable: " + fixed);
        try {
            fixed.add("nope");
        } catch (UnsupportedOperationException e) {
            System.out.println("cannot add: " + e.getClass().getSimpleName());
        }
        Set<Integer> lengthSet = words.stream().map(String::length).collect(Collectors.toUnmodifiableSet());
        System.out.println("unmodifiable set size: " + lengthSet.size() + " has 5: " + lengthSet.contains(5));
        Map<String, Integer> fixedMap = words.stream().limit(2).collect(Collectors.toUnmodifiableMap(w -> w, String::length));
        System.out.println("unmodifiable map: kiwi=" + fixedMap.get("kiwi") + " apple=" + fixedMap.get("apple"));

        System.out.println("reducing: " + words.stream().map(String::length).collect(Collectors.reducing(0, Integer::sum)));
        System.out.println("reducing optional: " + words.stream().collect(Collectors.reducing((a, b) -> a.length() >= b.length() ? a : b)));
        System.out.println("reducing mapped: " + words.stream().collect(Collectors.reducing("", w -> w.substring(0, 1), String::concat)));
        System.out.println("reducing empty: " + Stream.<String>empty().collect(Collectors.reducing(String::concat)));

        String range = words.stream().collect(Collectors.teeing(
                Collectors.minBy(Comparator.<String>naturalOrder()),
                Collectors.maxBy(Comparator.<String>naturalOrder()),
                (min, max) -> min.get() + ".." + max.get()));
        System.out.println("teeing: " + range);
        System.out.println("teeing average: " + words.stream().collect(Collectors.teeing(
                Collectors.summingInt(String::length), Collectors.counting(), (sum, n) -> sum + "/" + n)));

        System.out.println("filtering: " + words.stream().collect(Collectors.filtering(w -> w.contains("e"), Collectors.toList())));
        System.out.println("flatMapping: " + words.stream().limit(3)
                .collect(Collectors.flatMapping(w -> w.chars().mapToObj(c -> (char) c), Collectors.toCollection(TreeSet::new))));

        IntSummaryStatistics stats = words.stream().collect(Collectors.summarizingInt(String::length));
        System.out.println("summary: " + stats);
        System.out.println("min " + stats.getMin() + " max " + stats.getMax() + " avg " + stats.getAverage() + " sum " + stats.getSum() + " n " + stats.getCount());
        System.out.println("summarizingLong: " + words.stream().collect(Collectors.summarizingLong(w -> w.length() * 1000L)));
        System.out.println("summarizingDouble: " + words.stream().collect(Collectors.summarizingDouble(w -> w.length() / 2.0)));
        System.out.println("averagingInt: " + words.stream().collect(Collectors.averagingInt(String::length)));
        System.out.println("averagingLong: " + words.stream().collect(Collectors.averagingLong(String::length)));
        System.out.println("averagingDouble: " + words.stream().collect(Collectors.averagingDouble(w -> w.length() * 0.5)));
        System.out.println("summingDouble: " + words.stream().collect(Collectors.summingDouble(w -> w.length() * 0.25)));
        System.out.println("summingLong: " + words.stream().collect(Collectors.summingLong(String::length)));
        System.out.println("averaging empty: " + Stream.<String>empty().collect(Collectors.averagingInt(String::length)));
        Optional<String> shortest = words.stream().collect(Collectors.minBy(Comparator.comparingInt(String::length)));
        System.out.println("minBy: " + shortest + " maxBy: " + words.stream().collect(Collectors.maxBy(Comparator.comparingInt(String::length))));
        System.out.println("counting: " + words.stream().collect(Collectors.counting()));

        Collector<String, StringBuilder, String> initials = Collector.of(
                StringBuilder::new,
                (sb, w) -> sb.append(Character.toUpperCase(w.charAt(0))),
                StringBuilder::append,
                StringBuilder::toString);
        System.out.println("custom: " + words.stream().collect(initials) + " " + initials.characteristics());
        Collector<String, List<String>, List<String>> listOf = Collector.of(
                java.util.ArrayList::new, List::add, (a, b) -> { a.addAll(b); return a; },
                Collector.Characteristics.UNORDERED);
        System.out.println("custom identity: " + words.stream().skip(5).collect(listOf) + " " + listOf.characteristics());

        System.out.println("characteristics: toList " + Collectors.toList().characteristics()
                + ", toSet " + Collectors.toSet().characteristics()
                + ", joining " + Collectors.joining().characteristics()
                + ", groupingBy " + Collectors.groupingBy(String::length).characteristics()
                + ", groupingBy counting " + Collectors.groupingBy(String::length, Collectors.counting()).characteristics()
                + ", toUnmodifiableSet " + Collectors.toUnmodifiableSet().characteristics());
    }
}
