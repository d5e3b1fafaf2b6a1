// Arbitrary-precision natural numbers on int arrays (base 10^9 limbs, little endian):
// addition, multiplication by small and big numbers, comparison, and printing with zero
// padding. Computes 2^1000, 100!, Fibonacci(500) and a digit sum.
public class BigNumbers {
    static final int BASE = 1_000_000_000;

    static int[] of(long v) {
        int[] r = new int[3];
        int n = 0;
        do {
            r[n++] = (int) (v % BASE);
            v /= BASE;
        } while (v > 0);
        return trim(r, n);
    }

    static int[] trim(int[] a, int n) {
        while (n > 1 && a[n - 1] == 0) n--;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length) + 1;
        int[] r = new int[n];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = carry + (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
            r[i] = (int) (s % BASE);
            carry = s / BASE;
        }
        return trim(r, n);
    }

    static int[] mulSmall(int[] a, int m) {
        int[] r = new int[a.length + 2];
        long carry = 0;
        for (int i = 0; i < r.length; i++) {
            long p = carry + (i < a.length ? (long) a[i] * m : 0);
            r[i] = (int) (p % BASE);
            carry = p / BASE;
        }
        return trim(r, r.length);
    }

    static int[] mul(int[] a, int[] b) {
        long[] acc = new long[a.length + b.length + 1];
        for (int i = 0; i < a.length; i++) {
            long carry = 0;
            for (int j = 0; j < b.length; j++) {
                long cur = acc[i + j] + (long) a[i] * b[j] + carry;
                acc[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            int k = i + b.length;
            while (carry > 0) {
                long cur = acc[k] + carry;
                acc[k] = cur % BASE;
                carry = cur / BASE;
                k++;
            }
        }
        int[] r = new int[acc.length];
        for (int i = 0; i < acc.length; i++) r[i] = (int) acc[i];
        return trim(r, r.length);
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) return Integer.compare(a.length, b.length);
        for (int i = a.length - 1; i >= 0; i--) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        return 0;
    }

    static String str(int[] a) {
        StringBuilder sb = new StringBuilder().append(a[a.length - 1]);
        for (int i = a.length - 2; i >= 0; i--) {
            String part = Integer.toString(a[i]);
            sb.append("0".repeat(9 - part.length())).append(part);
        }
        return sb.toString();
    }

    static int digitSum(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum += s.charAt(i) - '0';
        return sum;
    }

    public static void main(String[] args) {
        int[] p = of(1);
        for (int i = 0; i < 1000; i++) p = mulSmall(p, 2);
        String p1000 = str(p);
        System.out.println("2^1000 has " + p1000.length() + " digits, digit sum " + digitSum(p1000));
        System.out.println(p1000);
        int[] f = of(1);
        for (int i = 2; i <= 100; i++) f = mulSmall(f, i);
        String f100 = str(f);
        System.out.println("100! = " + f100);
        int zeros = 0;
        while (f100.charAt(f100.length() - 1 - zeros) == '0') zeros++;
        System.out.println("digit sum " + digitSum(f100) + " trailing zeros " + zeros);
        int[] a = of(0), b = of(1);
        for (int i = 0; i < 500; i++) {
            int[] t = add(a, b);
            a = b;
            b = t;
        }
        System.out.println("fib(500) = " + str(a));
        int[] sq = mul(of(123456789012345678L), of(987654321098765432L));
        System.out.println("product " + str(sq));
        int[] x = mul(p, p);
        System.out.println("2^2000 digits " + str(x).length() + " compare " + compare(x, p) + " " + compare(p, x) + " " + compare(p, p));
        System.out.println("of(Long.MAX) " + str(of(Long.MAX_VALUE)) + " times itself " + str(mul(of(Long.MAX_VALUE), of(Long.MAX_VALUE))));
    }
}
