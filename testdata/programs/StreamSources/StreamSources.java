import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

// Where streams come from: strings (chars, codePoints, lines), StringBuilder, arrays
// (whole and ranges), collections and maps, BitSet, Optional, builders, concat, ofNullable.
public class StreamSources {
    public static void main(String[] args) {
        String text = "Hello, World 42!";
        System.out.println("chars: " + text.chars().count() + " letters " + text.chars().filter(Character::isLetter).count()
                + " digits sum " + text.chars().filter(Character::isDigit).map(c -> c - '0').sum());
        System.out.println("upper letters: " + text.chars().filter(Character::isUpperCase)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println("reversed: " + text.chars().mapToObj(c -> (char) c).reduce("", (acc, c) -> c + acc, (a, b) -> b + a));
        String emoji = "a\uD83D\uDE00b\u00e9";
        System.out.println("code points: " + emoji.codePoints().count() + " chars " + emoji.chars().count()
                + " " + emoji.codePoints().mapToObj(Integer::toHexString).toList());
        System.out.println("lines: " + "first\nsecond\r\nthird\rfourth\n".lines().toList() + " blank: " + "a\n\nb".lines().toList()
                + " empty: " + "".lines().count());
        StringBuilder sb = new StringBuilder("abc");
        IntStream late = sb.chars();
        sb.append("def");
        System.out.println("builder chars bound late: " + late.mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
        System.out.println("vowels: " + "programming language".chars().filter(c -> "aeiou".indexOf(c) >= 0).count());

        int[] ints = {4, 8, 15, 16, 23, 42};
        System.out.println("array range: " + Arrays.stream(ints, 1, 4).boxed().toList() + " sum " + Arrays.stream(ints).sum());
        System.out.println("long array: " + Arrays.stream(new long[] {1L << 40, 2}).sum() + " double array: "
                + Arrays.stream(new double[] {0.5, 1.5, 2.5}, 1, 3).sum());
        System.out.println("object array range: " + Arrays.stream(new String[] {"a", "b", "c", "d"}, 2, 4).toList());
        try {
            Arrays.stream(ints, 4, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getMessage());
        }
        System.out.println("Stream.of array: " + Stream.of(new String[] {"x", "y"}).count() + " asList: " + Arrays.asList(3, 4).stream().map(i -> i * i).toList());

        System.out.println("linked list: " + new LinkedList<>(List.of(3, 1, 2)).stream().map(String::valueOf).collect(Collectors.joining("<")));
        System.out.println("deque: " + new ArrayDeque<>(List.of("p", "q")).stream().toList());
        System.out.println("priority queue sorted: " + new PriorityQueue<>(List.of(5, 1, 4, 2)).stream().sorted().toList());
        Set<String> set = new HashSet<>(List.of("delta", "alpha", "charlie", "bravo"));
        System.out.println("hash set: " + set.stream().toList() + " sorted " + set.stream().sorted().toList());
        Map<String, Integer> ages = new HashMap<>();
        ages.put("Tom", 31);
        ages.put("Ann", 27);
        ages.put("Joe", 45);
        ages.put("Sue", 38);
        System.out.println("entries over 30: " + ages.entrySet().stream().filter(e -> e.getValue() > 30)
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        System.out.println("keys: " + ages.keySet().stream().sorted().collect(Collectors.joining(",")) + " total age: "
                + ages.values().stream().mapToInt(Integer::intValue).sum());
        System.out.println("tree map entries: " + new TreeMap<>(ages).entrySet().stream().map(Map.Entry::getKey).toList());
        Map<String, Integer> inverted = ages.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(), Map.Entry::getValue));
        System.out.println("rebuilt map: " + new TreeMap<>(inverted));

        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(5);
        bits.set(64);
        bits.set(130);
        System.out.println("bitset: " + bits.stream().boxed().toList() + " count " + bits.stream().count() + " sum " + bits.stream().sum());

        System.out.println("optional: " + Optional.of("v").stream().toList() + " " + Optional.empty().stream().count()
                + " " + OptionalInt.of(5).stream().sum() + " " + OptionalLong.empty().stream().count()
                + " " + OptionalDouble.of(1.5).stream().sum());
        List<Optional<String>> maybe = List.of(Optional.of("a"), Optional.empty(), Optional.of("c"));
        System.out.println("present values: " + maybe.stream().flatMap(Optional::stream).toList());

        Stream.Builder<String> builder = Stream.builder();
        builder.accept("one");
        builder.add("two").add("three");
        System.out.println("builder: " + builder.build().toList());
        try {
            builder.add("four");
        } catch (IllegalStateException e) {
            System.out.println("builder closed: " + e.getClass().getSimpleName());
        }
        System.out.println("concat: " + Stream.concat(Stream.of(1, 2), Stream.of(3)).toList() + " "
                + IntStream.concat(IntStream.range(0, 2), IntStream.of(7)).boxed().toList() + " "
                + LongStream.concat(LongStream.of(1), LongStream.empty()).count() + " "
                + DoubleStream.concat(DoubleStream.of(0.5), DoubleStream.of(0.25)).sum());
        System.out.println("ofNullable: " + Stream.ofNullable(null).count() + " " + Stream.ofNullable("x").toList());
        System.out.println("empty: " + Stream.empty().toList() + " " + IntStream.empty().count());
    }
}
