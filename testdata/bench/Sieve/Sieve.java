// Benchmark: sieve of Eratosthenes over a boolean array, repeated.
// Argument: limit (default 200000).
public class Sieve {
    static int sieve(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 200000;
        int count = 0;
        for (int rep = 0; rep < 5; rep++) count = sieve(limit);
        System.out.println("primes up to " + limit + ": " + count);
    }
}
