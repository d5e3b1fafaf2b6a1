import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// Collectors.joining with no arguments, a delimiter, and delimiter/prefix/suffix; building
// tables, CSV lines, JSON-ish output and ASCII art from streams of strings.
public class StreamJoining {
    public static void main(String[] args) {
        List<String> names = List.of("Ada", "Grace", "Linus", "Ken", "Barbara");
        System.out.println(names.stream().collect(Collectors.joining()));
        System.out.println(names.stream().collect(Collectors.joining(", ")));
        System.out.println(names.stream().collect(Collectors.joining(", ", "{", "}")));
        System.out.println("empty: [" + Stream.<String>empty().collect(Collectors.joining(", ")) + "] "
                + Stream.<String>empty().collect(Collectors.joining(",", "<", ">")));
        System.out.println("single: " + Stream.of("solo").collect(Collectors.joining(" & ", "(", ")")));
        System.out.println("with null: " + Stream.of("a", null, "c").collect(Collectors.joining("-")));
        System.out.println("builders: " + Stream.of(new StringBuilder("x"), new StringBuilder("yz")).collect(Collectors.joining("+")));

        System.out.println(IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).collect(Collectors.joining(" + ", "", " = "))
                + IntStream.rangeClosed(1, 10).sum());
        String json = names.stream().map(n -> "\"" + n + "\": " + n.length())
                .collect(Collectors.joining(", ", "{ ", " }"));
        System.out.println(json);
        String csvHeader = Stream.of("id", "name", "initial").collect(Collectors.joining(","));
        System.out.println(csvHeader);
        IntStream.range(0, names.size())
                .mapToObj(i -> String.join(",", String.valueOf(i + 1), names.get(i), names.get(i).substring(0, 1)))
                .forEach(System.out::println);

        for (int row = 1; row <= 4; row++) {
            final int r = row;
            System.out.println(IntStream.rangeClosed(1, 6).mapToObj(c -> {
                String v = String.valueOf(r * c);
                return " ".repeat(3 - v.length()) + v;
            }).collect(Collectors.joining(" |", "|", " |")));
        }
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> " ".repeat(5 - i) + "*".repeat(2 * i - 1))
                .collect(Collectors.joining("\n")));
        String acronym = Stream.of("portable", "network", "graphics").map(w -> w.substring(0, 1).toUpperCase())
                .collect(Collectors.joining());
        System.out.println("acronym: " + acronym);
        System.out.println("sentence: " + Stream.of("streams", "are", "lazy").collect(Collectors.collectingAndThen(
                Collectors.joining(" "), s -> Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".")));
        System.out.println("grouped: " + names.stream().collect(Collectors.groupingBy(String::length,
                Collectors.joining("/", "[", "]"))));
        System.out.println("chars: " + "hello".chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(".")));
        System.out.println("reversed words: " + Stream.of("one two three".split(" "))
                .map(w -> new StringBuilder(w).reverse().toString()).collect(Collectors.joining(" ")));
    }
}
