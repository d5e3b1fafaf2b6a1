// java.math.BigInteger primality: isProbablePrime on small numbers, pseudoprimes and
// Mersenne numbers, nextProbablePrime, probablePrime sizes, and number theory with
// gcd/modPow/modInverse (a toy RSA round trip, Fermat and Wilson checks).
import java.math.BigInteger;
import java.util.Random;

public class BigIntegerPrimes {
    public static void main(String[] args) {
        // Primes below 2000 by isProbablePrime, checked against a sieve.
        boolean[] composite = new boolean[2000];
        int sieveCount = 0;
        for (int i = 2; i < 2000; i++) {
            if (!composite[i]) {
                sieveCount++;
                for (int j = i * i; j < 2000; j += i) {
                    composite[j] = true;
                }
            }
        }
        int count = 0;
        int disagreements = 0;
        StringBuilder first = new StringBuilder();
        for (int i = -20; i < 2000; i++) {
            boolean p = BigInteger.valueOf(i).isProbablePrime(50);
            if (i >= 0 && p) {
                count++;
                if (count <= 30) {
                    first.append(i).append(' ');
                }
            }
            if (i >= 2 && p == composite[i]) {
                disagreements++;
            }
        }
        System.out.println("primes below 2000: " + count + " (sieve " + sieveCount + "), disagreements " + disagreements);
        System.out.println("first: " + first.toString().trim());
        System.out.println("negative: " + BigInteger.valueOf(-7).isProbablePrime(10) + " " + BigInteger.valueOf(-2).isProbablePrime(10)
                + " " + BigInteger.valueOf(-9).isProbablePrime(10) + "; certainty 0: " + BigInteger.valueOf(9).isProbablePrime(0)
                + " " + BigInteger.ONE.isProbablePrime(-1) + " " + BigInteger.ZERO.isProbablePrime(1));

        // Carmichael numbers and strong pseudoprimes to small bases.
        long[] pseudo = {561, 1105, 1729, 2465, 2821, 6601, 8911, 2047, 3277, 4033, 4681, 8321, 1373653, 25326001,
            3215031751L, 2152302898747L, 3474749660383L, 341550071728321L, 3825123056546413051L};
        StringBuilder sb = new StringBuilder();
        for (long v : pseudo) {
            sb.append(v).append(BigInteger.valueOf(v).isProbablePrime(100) ? "P " : "c ");
        }
        System.out.println("pseudoprimes: " + sb.toString().trim());
        String[] big = {"318665857834031151167461", "3317044064679887385961981", "170141183460469231731687303715884105727",
            "170141183460469231731687303715884105729", "1000000000000000000000000000057", "1000000000000000000000000000117",
            "2305843009213693951", "2305843009213693953", "18446744073709551557", "18446744073709551559"};
        for (String s : big) {
            System.out.println(s + " " + new BigInteger(s).isProbablePrime(100));
        }
        StringBuilder mers = new StringBuilder();
        for (int e = 2; e <= 130; e++) {
            if (BigInteger.ONE.shiftLeft(e).subtract(BigInteger.ONE).isProbablePrime(100)) {
                mers.append(e).append(' ');
            }
        }
        System.out.println("Mersenne exponents up to 130: " + mers.toString().trim());
        System.out.println("M521 " + BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE).isProbablePrime(100)
                + ", M523 " + BigInteger.ONE.shiftLeft(523).subtract(BigInteger.ONE).isProbablePrime(100));

        // nextProbablePrime
        BigInteger p = BigInteger.ZERO;
        StringBuilder seq = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            p = p.nextProbablePrime();
            seq.append(p).append(' ');
        }
        System.out.println("next from 0: " + seq.toString().trim());
        for (int k : new int[] {31, 32, 63, 64, 89, 100, 127, 128, 200}) {
            BigInteger b = BigInteger.ONE.shiftLeft(k);
            System.out.println("2^" + k + " + " + b.nextProbablePrime().subtract(b));
        }
        BigInteger t = BigInteger.TEN.pow(30);
        for (int i = 0; i < 4; i++) {
            t = t.nextProbablePrime();
            System.out.println("10^30 + " + t.subtract(BigInteger.TEN.pow(30)));
        }
        try {
            BigInteger.valueOf(-5).nextProbablePrime();
        } catch (ArithmeticException e) {
            System.out.println(e);
        }

        // probablePrime: the values depend on the algorithm, so only their properties.
        Random rnd = new Random(1);
        StringBuilder sizes = new StringBuilder();
        for (int bits = 2; bits <= 90; bits += 11) {
            BigInteger q = BigInteger.probablePrime(bits, rnd);
            sizes.append(bits).append(':').append(q.bitLength()).append(q.isProbablePrime(100) ? "" : "!").append(' ');
        }
        BigInteger q = new BigInteger(128, 40, rnd);
        sizes.append("128:").append(q.bitLength()).append(q.isProbablePrime(100) ? "" : "!");
        System.out.println("probablePrime sizes: " + sizes);
        try {
            BigInteger.probablePrime(1, rnd);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }

        // Toy RSA with fixed primes.
        BigInteger pp = new BigInteger("170141183460469231731687303715884105727");
        BigInteger qq = new BigInteger("1000000000000000000000000000057");
        BigInteger n = pp.multiply(qq);
        BigInteger phi = pp.subtract(BigInteger.ONE).multiply(qq.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        BigInteger msg = new BigInteger("123456789012345678901234567890");
        BigInteger c = msg.modPow(e, n);
        System.out.println("rsa: gcd(e,phi)=" + e.gcd(phi) + " d=" + d + " c=" + c + " back=" + c.modPow(d, n));
        // Fermat's little theorem and Wilson's theorem.
        BigInteger m = new BigInteger("1000000007");
        boolean fermat = true;
        for (int a = 2; a < 60; a++) {
            fermat &= BigInteger.valueOf(a).modPow(m.subtract(BigInteger.ONE), m).equals(BigInteger.ONE);
        }
        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i < 1009; i++) {
            fact = fact.multiply(BigInteger.valueOf(i)).mod(BigInteger.valueOf(1009));
        }
        System.out.println("fermat " + fermat + ", wilson (1008! mod 1009) " + fact);
        System.out.println("gcd(2^120-1, 2^84-1) = " + BigInteger.ONE.shiftLeft(120).subtract(BigInteger.ONE)
                .gcd(BigInteger.ONE.shiftLeft(84).subtract(BigInteger.ONE)));
    }
}
