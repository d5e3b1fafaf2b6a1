// Big numbers from java.math.BigInteger: factorials (sequential and by a product tree,
// which multiplies large halves with Karatsuba), Fibonacci numbers, powers, binomial
// and Catalan numbers, printed in full or by digit sums.
import java.math.BigInteger;

public class BigIntegerFactorial {
    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** The product lo * (lo + 1) * ... * hi, halves first. */
    static BigInteger product(int lo, int hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 8) {
            BigInteger p = BigInteger.valueOf(lo);
            for (int i = lo + 1; i <= hi; i++) {
                p = p.multiply(BigInteger.valueOf(i));
            }
            return p;
        }
        int mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    static int digitSum(BigInteger v) {
        String s = v.toString();
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i) - '0';
        }
        return sum;
    }

    static String ends(BigInteger v) {
        String s = v.toString();
        return s.length() + " digits: " + s.substring(0, 20) + "..." + s.substring(s.length() - 20);
    }

    static BigInteger fibonacci(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }

    /** F(n) by fast doubling: F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2. */
    static BigInteger[] fibPair(int n) {
        if (n == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        BigInteger[] h = fibPair(n / 2);
        BigInteger c = h[0].multiply(h[1].shiftLeft(1).subtract(h[0]));
        BigInteger d = h[0].multiply(h[0]).add(h[1].multiply(h[1]));
        return n % 2 == 0 ? new BigInteger[] {c, d} : new BigInteger[] {d, c.add(d)};
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 30; n += 5) {
            System.out.println(n + "! = " + factorial(n));
        }
        System.out.println("100! = " + factorial(100));
        BigInteger f1000 = factorial(1000);
        System.out.println("1000!: " + ends(f1000) + ", digit sum " + digitSum(f1000) + ", trailing zero bits "
                + f1000.getLowestSetBit() + ", bitLength " + f1000.bitLength() + ", hash " + f1000.hashCode());
        String s = f1000.toString();
        int zeros = s.length() - s.replaceAll("0+$", "").length();
        System.out.println("1000! trailing zeros: " + zeros + ", same as the tree product: " + f1000.equals(product(1, 1000)));
        BigInteger f3000 = product(1, 3000);
        System.out.println("3000!: " + ends(f3000) + ", digit sum " + digitSum(f3000));
        System.out.println("3000!/2998! = " + f3000.divide(product(1, 2998)) + ", 3000! mod 3001 = " + f3000.mod(BigInteger.valueOf(3001)));

        BigInteger fib = fibonacci(10000);
        System.out.println("F(10000): " + ends(fib) + ", digit sum " + digitSum(fib) + ", by doubling: "
                + fib.equals(fibPair(10000)[0]));
        BigInteger fib2 = fibPair(50000)[0];
        System.out.println("F(50000): " + ends(fib2) + ", bitLength " + fib2.bitLength() + ", hash " + fib2.hashCode());
        System.out.println("F(100) = " + fibonacci(100) + ", gcd(F(300), F(200)) = " + fibonacci(300).gcd(fibonacci(200)));

        BigInteger p = BigInteger.TWO.pow(10000);
        System.out.println("2^10000: " + ends(p) + ", digit sum " + digitSum(p));
        BigInteger p7 = BigInteger.valueOf(7).pow(3333);
        System.out.println("7^3333: " + ends(p7) + ", digit sum " + digitSum(p7) + ", sqrt " + ends(p7.sqrt()));

        // Binomial coefficients by the multiplicative formula, checked with factorials.
        BigInteger c = BigInteger.ONE;
        for (int k = 0; k < 50; k++) {
            c = c.multiply(BigInteger.valueOf(100 - k)).divide(BigInteger.valueOf(k + 1));
        }
        System.out.println("C(100, 50) = " + c + " " + c.equals(factorial(100).divide(factorial(50).pow(2))));
        StringBuilder catalan = new StringBuilder();
        BigInteger cat = BigInteger.ONE;
        for (int n = 0; n < 30; n++) {
            catalan.append(cat).append(' ');
            cat = cat.multiply(BigInteger.valueOf(2L * (2 * n + 1))).divide(BigInteger.valueOf(n + 2));
        }
        System.out.println("Catalan: " + catalan.toString().trim());
        // Sum of 1/k! for k < 200, scaled by 10^300: the digits of e.
        BigInteger scale = BigInteger.TEN.pow(300);
        BigInteger term = scale;
        BigInteger sum = BigInteger.ZERO;
        for (int k = 1; k < 200; k++) {
            sum = sum.add(term);
            term = term.divide(BigInteger.valueOf(k));
        }
        System.out.println("e = " + sum.toString().substring(0, 1) + "." + sum.toString().substring(1, 101));
    }
}
