// long arithmetic: ladd lsub lmul ldiv lrem lneg lshl lshr lushr land lor lxor lcmp.
public class LongArithmetic {
    static long add(long a, long b) { return a + b; }
    static long sub(long a, long b) { return a - b; }
    static long mul(long a, long b) { return a * b; }
    static long div(long a, long b) { return a / b; }
    static long rem(long a, long b) { return a % b; }
    static int cmp(long a, long b) { return a < b ? -1 : (a == b ? 0 : 1); }

    public static void main(String[] args) {
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println("max = " + max);
        System.out.println("min = " + min);
        System.out.println("max+1 = " + add(max, 1));
        System.out.println("min-1 = " + sub(min, 1));
        System.out.println("min/-1 = " + div(min, -1));
        System.out.println("min%-1 = " + rem(min, -1));
        System.out.println("-min = " + (-min));
        System.out.println("max*max = " + mul(max, max));
        System.out.println("2^32*2^32 = " + mul(1L << 32, 1L << 32));
        System.out.println("int overflow promoted: " + (Integer.MAX_VALUE + 1L));
        System.out.println("int overflow not promoted: " + (long) (Integer.MAX_VALUE + 1));

        long[][] dr = { {7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1000000000000L, 7}, {-1000000000000L, 7}, {min, 3}, {max, -10} };
        for (long[] p : dr) {
            System.out.println(p[0] + " / " + p[1] + " = " + div(p[0], p[1]) + ", % = " + rem(p[0], p[1]));
        }

        int[] counts = { 0, 1, 31, 32, 33, 63, 64, 65, 127, -1 };
        for (int c : counts) {
            System.out.println("shift " + c + ": 1L<<c=" + (1L << c) + " -8L>>c=" + (-8L >> c) + " -8L>>>c=" + (-8L >>> c));
        }

        long a = 0xF0F0F0F0F0F0F0F0L, b = 0x0FF00FF00FF00FF0L;
        System.out.println("and " + (a & b) + " or " + (a | b) + " xor " + (a ^ b) + " not " + (~a));

        long[] vals = { 0, 1, -1, 5, -5, 1L << 40, -(1L << 40), max, min, 123456789012345L };
        for (long x : vals) {
            StringBuilder sb = new StringBuilder();
            for (long y : vals) sb.append(cmp(x, y) + 1);
            System.out.println(x + " cmp " + sb);
        }

        // factorials until overflow
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.println(i + "! = " + f);
        }

        // a 64-bit LCG to produce a checksum of many operations
        long seed = 42;
        long acc = 0;
        for (int i = 0; i < 1000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long d = (seed >>> 33) | 1;
            acc += seed / d + seed % d + (seed >> (i & 63)) + (seed << i);
        }
        System.out.println("lcg seed " + seed + " acc " + acc);

        // long compound ops and mixing with int
        long m = 10;
        m <<= 40; System.out.println("m=" + m);
        m >>= 3; System.out.println("m=" + m);
        int i = 3;
        m += i; System.out.println("m=" + m);
        i += m; System.out.println("i=" + i);
        long z = i * 1000000L * 1000000L;
        System.out.println("z=" + z);
        System.out.println("hash " + Long.hashCode(z) + " " + Long.valueOf(-1L).hashCode());
    }
}
