import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

// Random.ints/longs/doubles with a seed give the JDK's sequences (the same values as
// nextInt() and nextInt(origin, bound) etc.); dice statistics and a random password.
public class StreamRandom {
    public static void main(String[] args) {
        System.out.println("ints: " + Arrays.toString(new Random(42).ints(5).toArray()));
        System.out.println("ints bounded: " + Arrays.toString(new Random(42).ints(10, 0, 100).toArray()));
        System.out.println("ints power of two: " + Arrays.toString(new Random(42).ints(8, 0, 64).toArray()));
        System.out.println("ints negative range: " + Arrays.toString(new Random(3).ints(6, -50, -10).toArray()));
        System.out.println("ints wide range: " + Arrays.toString(new Random(5).ints(4, Integer.MIN_VALUE, Integer.MAX_VALUE).toArray()));
        System.out.println("longs: " + Arrays.toString(new Random(7).longs(3).toArray()));
        System.out.println("longs bounded: " + Arrays.toString(new Random(7).longs(4, 1000, 2000).toArray()));
        System.out.println("longs large bound: " + Arrays.toString(new Random(7).longs(3, 0, 1L << 40).toArray()));
        System.out.println("doubles: " + Arrays.toString(new Random(1).doubles(3).toArray()));
        System.out.println("doubles bounded: " + Arrays.toString(new Random(1).doubles(3, 10, 20).toArray()));

        Random r = new Random(99);
        int[] viaStream = r.ints(6, 1, 7).toArray();
        Random same = new Random(99);
        int[] viaCalls = new int[6];
        for (int i = 0; i < 6; i++) viaCalls[i] = same.nextInt(1, 7);
        System.out.println("stream equals calls: " + Arrays.equals(viaStream, viaCalls) + " " + Arrays.toString(viaStream));
        System.out.println("generator continues: " + r.nextInt(1000) + " " + same.nextInt(1000));

        Map<Integer, Long> dice = new Random(2024).ints(6000, 1, 7).boxed()
                .collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
        System.out.println("dice: " + dice);
        System.out.println("two dice sums: " + new Random(8).ints(20, 1, 7).map(x -> x + new Random(x).nextInt(1, 7)).boxed().toList());
        System.out.println("infinite ints limited: " + Arrays.toString(new Random(11).ints(0, 10).limit(12).toArray()));
        System.out.println("unbounded limited: " + new Random(11).ints().limit(2).boxed().toList());
        System.out.println("statistics: " + new Random(12).ints(1000, 0, 1000).summaryStatistics());
        System.out.println("sum of doubles: " + new Random(13).doubles(4).map(d -> Math.floor(d * 1000)).sum());

        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        String password = new Random(31337).ints(16, 0, alphabet.length())
                .mapToObj(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining());
        System.out.println("password: " + password);
        System.out.println("shuffled-ish: " + new Random(4).ints(0, 10).distinct().limit(10).boxed().toList());

        try {
            new Random().ints(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative size: " + e.getMessage());
        }
        try {
            new Random().ints(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("empty range: " + e.getMessage());
        }
        try {
            new Random().doubles(3, 2.0, 1.0);
        } catch (IllegalArgumentException e) {
            System.out.println("reversed range: " + e.getMessage());
        }
        System.out.println("sized: " + new Random(1).ints(25).count() + " " + new Random(1).longs(3, 5, 6).count());
    }
}
