import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// The three forms of reduce, the two forms of collect, min/max and Optional results.
public class StreamReduce {
    public static void main(String[] args) {
        List<Integer> nums = List.of(3, 7, 1, 9, 4);

        int sum = nums.stream().reduce(0, Integer::sum);
        int product = nums.stream().reduce(1, (a, b) -> a * b);
        System.out.println("sum " + sum + " product " + product);
        Optional<Integer> max = nums.stream().reduce(Integer::max);
        Optional<Integer> none = Stream.<Integer>empty().reduce(Integer::max);
        System.out.println("max " + max + " none " + none + " orElse " + none.orElse(-1));
        System.out.println("single element: " + Stream.of(42).reduce((a, b) -> a - b).get());
        System.out.println("left fold: " + nums.stream().reduce((a, b) -> a - b).get());
        System.out.println("concat: " + Stream.of("x", "y", "z").reduce("", String::concat));
        System.out.println("concat with separator: " + Stream.of("x", "y", "z").reduce((a, b) -> a + "," + b).get());
        System.out.println("identity on empty: " + Stream.<String>empty().reduce("start", String::concat));

        int totalLength = Stream.of("alpha", "be", "gamma").reduce(0, (acc, s) -> acc + s.length(), Integer::sum);
        System.out.println("three-arg reduce: " + totalLength);
        String trace = nums.stream().reduce("", (acc, n) -> acc + "[" + n + "]", (a, b) -> a + b);
        System.out.println("accumulated: " + trace);

        ArrayList<Integer> collected = nums.stream().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println("collect to list: " + collected);
        StringBuilder sb = Stream.of("p", "q", "r").collect(StringBuilder::new, (b, s) -> b.append(s).append('-'), StringBuilder::append);
        System.out.println("collect to builder: " + sb);
        int[] minMax = nums.stream().collect(() -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE},
                (acc, n) -> { acc[0] = Math.min(acc[0], n); acc[1] = Math.max(acc[1], n); },
                (a, b) -> { });
        System.out.println("min/max in one pass: " + minMax[0] + " " + minMax[1]);

        System.out.println("min: " + nums.stream().min(Integer::compare).get() + " max: " + nums.stream().max(Integer::compare).get());
        System.out.println("longest word: " + Stream.of("pear", "banana", "kiwi", "cherry").max((a, b) -> a.length() - b.length()).get());
        System.out.println("empty min: " + Stream.<String>empty().min(String::compareTo).isPresent());
        System.out.println("int reduce: " + IntStream.rangeClosed(1, 5).reduce(0, (a, b) -> a + b * b)
                + " " + IntStream.rangeClosed(1, 5).reduce((a, b) -> a * b).getAsInt());
        System.out.println("gcd: " + IntStream.of(84, 126, 210).reduce((a, b) -> { while (b != 0) { int t = a % b; a = b; b = t; } return a; }).getAsInt());
        System.out.println("binary: " + IntStream.of(1, 0, 1, 1).reduce(0, (acc, bit) -> acc * 2 + bit));

        Optional<String> shortest = Stream.of("ccc", "a", "bb").reduce((a, b) -> a.length() <= b.length() ? a : b);
        System.out.println("optional map: " + shortest.map(String::toUpperCase).orElse("?") + " filter: " + shortest.filter(s -> s.length() > 1).isPresent());
        try {
            Stream.of("a", null).reduce((a, b) -> null).get();
        } catch (NullPointerException e) {
            System.out.println("null reduction result: " + e.getClass().getSimpleName());
        }
        try {
            Stream.<Integer>empty().reduce(Integer::sum).get();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
    }
}
