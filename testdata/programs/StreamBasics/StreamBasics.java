import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

// Everyday stream pipelines over lists and arrays: filter, map, collect, forEach,
// count, toList, toArray, distinct, limit/skip, anyMatch, findFirst.
public class StreamBasics {
    public static void main(String[] args) {
        List<String> fruits = List.of("apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "banana");

        List<String> longOnes = fruits.stream().filter(f -> f.length() > 5).collect(Collectors.toList());
        System.out.println("long: " + longOnes);

        List<String> upper = fruits.stream().map(String::toUpperCase).toList();
        System.out.println("upper: " + upper);

        List<Integer> lengths = fruits.stream().map(String::length).collect(Collectors.toList());
        System.out.println("lengths: " + lengths);

        System.out.println("count with a: " + fruits.stream().filter(f -> f.contains("a")).count());
        System.out.println("distinct: " + fruits.stream().distinct().toList());
        System.out.println("sorted: " + fruits.stream().sorted().toList());
        System.out.println("first three: " + fruits.stream().limit(3).toList());
        System.out.println("after five: " + fruits.stream().skip(5).toList());
        System.out.println("page 2 of 3: " + fruits.stream().skip(3).limit(3).toList());
        System.out.println("any starts with g: " + fruits.stream().anyMatch(f -> f.startsWith("g")));
        System.out.println("all lower case: " + fruits.stream().allMatch(f -> f.equals(f.toLowerCase())));
        System.out.println("none empty: " + fruits.stream().noneMatch(String::isEmpty));
        System.out.println("first with e: " + fruits.stream().filter(f -> f.startsWith("e")).findFirst().orElse("none"));
        System.out.println("first with z: " + fruits.stream().filter(f -> f.startsWith("z")).findFirst().orElse("none"));

        System.out.print("forEach:");
        fruits.stream().filter(f -> f.length() == 5).forEach(f -> System.out.print(" " + f));
        System.out.println();

        int[] numbers = {5, 3, 8, 1, 9, 2, 7};
        System.out.println("sum of squares of odds: " + Arrays.stream(numbers).filter(n -> n % 2 == 1).map(n -> n * n).sum());
        System.out.println("max: " + Arrays.stream(numbers).max().getAsInt() + ", min: " + Arrays.stream(numbers).min().getAsInt());
        System.out.println("sorted array: " + Arrays.toString(Arrays.stream(numbers).sorted().toArray()));

        String[] words = Stream.of("one", "two", "three", "four").filter(w -> w.length() > 3).toArray(String[]::new);
        System.out.println("array: " + Arrays.toString(words) + " length " + words.length);
        Object[] objects = Stream.of(1, "two", 3.0).toArray();
        System.out.println("objects: " + Arrays.toString(objects));

        List<Integer> evens = new ArrayList<>();
        Stream.of(1, 2, 3, 4, 5, 6).filter(n -> n % 2 == 0).forEach(evens::add);
        System.out.println("evens: " + evens);

        System.out.println("empty stream count: " + Stream.empty().count());
        System.out.println("single: " + Stream.of("only").toList());
        System.out.println("joined: " + fruits.stream().distinct().map(f -> f.substring(0, 1)).collect(Collectors.joining()));
        System.out.println("total letters: " + fruits.stream().mapToInt(String::length).sum());
    }
}
