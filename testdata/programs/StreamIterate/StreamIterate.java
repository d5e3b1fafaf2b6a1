import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

// Infinite and generated streams: iterate (seed + function, and with a hasNext
// predicate), generate with state, limit, takeWhile and dropWhile.
public class StreamIterate {
    static int counter = 0;

    public static void main(String[] args) {
        System.out.println("powers of two: " + Stream.iterate(1, x -> x * 2).limit(11).toList());
        System.out.println("odd numbers: " + IntStream.iterate(1, x -> x + 2).limit(8).boxed().toList());
        System.out.println("bounded iterate: " + IntStream.iterate(100, x -> x > 0, x -> x / 3).boxed().toList());
        System.out.println("bounded never: " + Stream.iterate(10, x -> x < 5, x -> x + 1).count());
        System.out.println("strings: " + Stream.iterate("a", s -> s.length() <= 5, s -> s + (char) ('a' + s.length())).toList());
        System.out.println("long iterate: " + LongStream.iterate(1, x -> x * 10).limit(12).max().getAsLong());
        System.out.println("double iterate: " + DoubleStream.iterate(1.0, d -> d / 2).limit(5).boxed().toList());
        System.out.println("double bounded: " + DoubleStream.iterate(0.0, d -> d < 1.0, d -> d + 0.25).sum());

        long[] fib = Stream.iterate(new long[] {0, 1}, p -> new long[] {p[1], p[0] + p[1]}).limit(15).mapToLong(p -> p[0]).toArray();
        System.out.println("fibonacci: " + java.util.Arrays.toString(fib));
        System.out.println("collatz 27 steps: " + Stream.iterate(27, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).count());
        System.out.println("collatz 6: " + Stream.iterate(6, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).toList());

        System.out.println("generate: " + Stream.generate(() -> "ab").limit(3).toList());
        System.out.println("generate with state: " + IntStream.generate(() -> counter++).limit(5).boxed().toList() + " counter " + counter);
        int[] seed = {17};
        System.out.println("pseudo random: " + IntStream.generate(() -> seed[0] = (seed[0] * 1103 + 12345) % 1000).limit(6).boxed().toList());
        System.out.println("generate doubles: " + DoubleStream.generate(() -> 0.5).limit(4).sum());
        System.out.println("generate longs: " + LongStream.generate(() -> 7L).limit(3).sum());

        System.out.println("takeWhile: " + Stream.iterate(1, x -> x + 1).takeWhile(x -> x * x < 50).toList());
        System.out.println("dropWhile: " + Stream.of(2, 4, 6, 7, 8, 9).dropWhile(x -> x % 2 == 0).toList());
        System.out.println("dropWhile then limit: " + IntStream.iterate(0, i -> i + 3).dropWhile(i -> i < 20).limit(4).boxed().toList());
        System.out.println("takeWhile none: " + Stream.of(5, 1, 2).takeWhile(x -> x < 3).toList());
        System.out.println("dropWhile all: " + LongStream.of(1, 2, 3).dropWhile(x -> x < 10).count());
        System.out.println("takeWhile double: " + DoubleStream.of(0.5, 1.5, 2.5, 0.1).takeWhile(d -> d < 2).boxed().toList());

        System.out.println("primes: " + IntStream.iterate(2, i -> i + 1)
                .filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0))
                .limit(15).boxed().toList());
        System.out.println("first square over 1000: " + IntStream.iterate(1, i -> i + 1).map(i -> i * i).filter(s -> s > 1000).findFirst().getAsInt());
        System.out.println("anyMatch on infinite: " + Stream.iterate(1, x -> x * 3).anyMatch(x -> x > 500));
        List<String> letters = Stream.iterate('a', c -> (char) (c + 1)).limit(26).map(String::valueOf).toList();
        System.out.println("alphabet: " + String.join("", letters));
        System.out.println("skip on infinite: " + Stream.iterate(0, x -> x + 5).skip(3).limit(3).toList());
    }
}
