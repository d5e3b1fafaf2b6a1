import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

// The word-frequency exercise as students write it with streams: normalize, count,
// sort by count then alphabetically, print the top words and some statistics.
public class StreamWordFrequency {
    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness, it was
            the spring of hope, it was the winter of despair, we had everything before us,
            we had nothing before us, we were all going direct to Heaven, we were all going
            direct the other way.
            """;

    public static void main(String[] args) {
        List<String> words = TEXT.lines()
                .flatMap(line -> Arrays.stream(line.split(" ")))
                .map(w -> w.chars().filter(Character::isLetter)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .filter(w -> !w.isEmpty())
                .map(String::toLowerCase)
                .toList();
        System.out.println("words: " + words.size() + ", distinct: " + words.stream().distinct().count());

        Map<String, Long> freq = words.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println("frequencies: " + freq);

        System.out.println("top 8:");
        freq.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8)
                .forEach(e -> System.out.println("  " + e.getKey() + " " + e.getValue()));

        System.out.println("alphabetical: " + new TreeMap<>(freq));
        System.out.println("once: " + freq.entrySet().stream().filter(e -> e.getValue() == 1)
                .map(Map.Entry::getKey).sorted().collect(Collectors.joining(" ")));
        Map<Long, List<String>> byCount = freq.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted().toList()))));
        System.out.println("by count: " + byCount);
        Map<Integer, Long> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println("by length: " + byLength);
        System.out.println("longest: " + words.stream().distinct().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).get());
        System.out.println("average length: " + words.stream().mapToInt(String::length).average().getAsDouble());
        Map<Character, Long> letters = words.stream().flatMapToInt(String::chars)
                .mapToObj(c -> (char) c)
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println("letters: " + letters);
        System.out.println("most common letter: " + letters.entrySet().stream().max(Map.Entry.comparingByValue()).get());
        System.out.println("capitalized: " + words.stream().limit(6)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" ")));
        System.out.println("lines: " + TEXT.lines().count() + ", longest line: " + TEXT.lines().mapToInt(String::length).max().getAsInt());
    }
}
