import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

// Collectors.toMap failures, caught and printed: duplicate keys (the JDK's message names
// the key and both values), null values, and how a merge function avoids them.
public class StreamToMapErrors {
    record City(String name, String country, int population) {}

    public static void main(String[] args) {
        List<City> cities = List.of(
                new City("Lyon", "France", 516),
                new City("Porto", "Portugal", 232),
                new City("Paris", "France", 2161),
                new City("Lisbon", "Portugal", 545),
                new City("Nice", "France", 342));

        try {
            Map<String, String> m = cities.stream().collect(Collectors.toMap(City::country, City::name));
            System.out.println("unexpected: " + m);
        } catch (IllegalStateException e) {
            System.out.println("duplicate: " + e.getMessage());
        }
        try {
            Stream.of("a", "bb", "cc", "d").collect(Collectors.toMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            System.out.println("duplicate: " + e.getMessage());
        }
        try {
            Stream.of(1, 2, 1).collect(Collectors.toUnmodifiableMap(i -> i, i -> i * 10));
        } catch (IllegalStateException e) {
            System.out.println("unmodifiable duplicate: " + e.getMessage());
        }
        try {
            Stream.of("x", "y").collect(Collectors.toMap(s -> s, s -> s.equals("y") ? null : s));
        } catch (NullPointerException e) {
            System.out.println("null value: " + e.getClass().getName());
        }
        try {
            Stream.of("x", "y").collect(Collectors.toMap(s -> s, s -> null, (a, b) -> a));
        } catch (NullPointerException e) {
            System.out.println("null value with merge: " + e.getClass().getName());
        }

        Map<String, Integer> totals = cities.stream()
                .collect(Collectors.toMap(City::country, City::population, Integer::sum, TreeMap::new));
        System.out.println("totals: " + totals);
        Map<String, String> biggest = cities.stream().collect(Collectors.toMap(City::country, City::name,
                (a, b) -> a.compareTo(b) < 0 ? a : b, TreeMap::new));
        System.out.println("first by name: " + biggest);
        Map<String, List<String>> all = cities.stream().collect(Collectors.groupingBy(City::country, TreeMap::new,
                Collectors.mapping(City::name, Collectors.toList())));
        System.out.println("grouped instead: " + all);
        Map<String, Integer> byName = cities.stream().collect(Collectors.toMap(City::name, City::population));
        System.out.println("unique keys: " + new TreeMap<>(byName));
        Map<String, Integer> keep = Stream.of("b", "a", "b", "c", "a")
                .collect(Collectors.toMap(s -> s, s -> 1, (old, add) -> old + add, TreeMap::new));
        System.out.println("counted with merge: " + keep);
    }
}
