import java.util.*;
import java.util.function.Function;
import java.util.stream.*;

// Word statistics of a text with TreeMap and streams.
public class WordFrequency {
    static final String TEXT = """
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of
        incredulity, it was the season of Light, it was the season of Darkness, it was
        the spring of hope, it was the winter of despair, we had everything before us,
        we had nothing before us, we were all going direct to Heaven, we were all going
        direct the other way -- in short, the period was so far like the present period,
        that some of its noisiest authorities insisted on its being received, for good or
        for evil, in the superlative degree of comparison only.
        """;

    public static void main(String[] args) {
        String[] words = TEXT.toLowerCase().split("[^a-z']+");
        List<String> list = Arrays.stream(words).filter(w -> !w.isEmpty()).collect(Collectors.toList());
        System.out.println("words: " + list.size());

        TreeMap<String, Integer> counts = new TreeMap<>();
        for (String w : list) counts.put(w, counts.getOrDefault(w, 0) + 1);
        System.out.println("distinct: " + counts.size());
        System.out.println("first: " + counts.firstKey() + ", last: " + counts.lastKey());
        System.out.println("head(c): " + counts.headMap("c"));
        System.out.println("ceiling(h): " + counts.ceilingEntry("h") + ", floor(h): " + counts.floorKey("h"));

        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
            .limit(8)
            .collect(Collectors.toList());
        for (Map.Entry<String, Integer> e : top) System.out.printf("%-8s %3d %s%n", e.getKey(), e.getValue(), "*".repeat(e.getValue()));

        Map<Integer, List<String>> byLength = list.stream().distinct()
            .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        byLength.forEach((len, ws) -> System.out.println(len + " -> " + ws));

        Map<Character, Long> initials = list.stream()
            .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println(initials);

        String longest = list.stream().max(Comparator.comparingInt(String::length).thenComparing(Function.identity())).orElse("");
        System.out.println("longest: " + longest);
        IntSummaryStatistics st = list.stream().mapToInt(String::length).summaryStatistics();
        System.out.println(st);
        System.out.printf("average length %.4f%n", st.getAverage());

        Map<Boolean, Long> parts = list.stream().collect(Collectors.partitioningBy(w -> w.length() > 4, Collectors.counting()));
        System.out.println(parts);
        String joined = counts.descendingMap().keySet().stream().limit(10).collect(Collectors.joining(", ", "[", "]"));
        System.out.println(joined);
        System.out.println(Stream.of(TEXT.split("\n")).map(String::strip).mapToInt(String::length).boxed().collect(Collectors.toList()));
        TreeSet<String> vowels = list.stream().filter(w -> "aeiou".indexOf(w.charAt(0)) >= 0)
            .collect(Collectors.toCollection(TreeSet::new));
        System.out.println(vowels + " " + vowels.headSet("e") + " " + vowels.descendingSet().first());
        System.out.println(TEXT.lines().count() + " lines, " + TEXT.chars().filter(Character::isLetter).count() + " letters");
    }
}
