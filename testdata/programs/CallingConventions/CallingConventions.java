// Calls with many parameters of mixed types (int, long, float, double, references, byte,
// char, short, boolean) through invokestatic, invokevirtual, invokespecial (private and
// constructors) and invokeinterface, every return type, long/double occupying two slots,
// and results flowing back into further calls.
public class CallingConventions {
    interface Mixer {
        double mix(int a, long b, float c, double d, String e, byte f, char g, short h, boolean i, Object j, int k, long l, double m);
    }

    static class Impl implements Mixer {
        final int bias;

        Impl(int bias, long ignored1, double ignored2, String name, char tag) {
            this.bias = bias + (int) ignored1 + (int) ignored2 + name.length() + tag;
        }

        public double mix(int a, long b, float c, double d, String e, byte f, char g, short h, boolean i, Object j, int k, long l, double m) {
            return bias + a + b + c + d + e.length() + f + g + h + (i ? 1000 : 0) + (j == null ? 0 : j.hashCode()) + k + l + m;
        }

        private long privateMany(long a, int b, long c, int d, long e, int f, long g, int h) {
            return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
        }

        long callPrivate() {
            return privateMany(1L << 33, -1, 3, -3, 5, -5, 7, -7);
        }
    }

    static int many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p) {
        return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o - p + a * p;
    }

    static double doubles(double a, float b, double c, float d, double e, float f, double g, float h, double i, float j) {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
    }

    static long longs(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) {
        return a ^ (b << 1) ^ (c << 2) ^ (d << 3) ^ (e << 4) ^ (f << 5) ^ (g << 6) ^ (h << 7) ^ (i << 8) ^ (j << 9);
    }

    static boolean retBoolean(int x) { return x > 0; }
    static byte retByte(int x) { return (byte) x; }
    static char retChar(int x) { return (char) x; }
    static short retShort(int x) { return (short) x; }
    static int retInt(long x) { return (int) x; }
    static long retLong(int x) { return x * 1000000007L; }
    static float retFloat(double x) { return (float) x; }
    static double retDouble(float x) { return x; }
    static String retString(char c, int n) { return String.valueOf(c).repeat(n); }
    static int[] retArray(int n) { return new int[n]; }
    static void retVoid(int[] box) { box[0]++; }

    static int recursiveMix(int n, long acc, double dacc) {
        if (n == 0) return (int) (acc + (long) dacc);
        return recursiveMix(n - 1, acc * 3 + n, dacc / 2 + n);
    }

    public static void main(String[] args) {
        Mixer m = new Impl(1, 2L, 3.0, "four", 'A');
        double r = m.mix(1, 2L, 3.5f, 4.25, "five", (byte) -6, 'G', (short) 300, true, "j", 11, 1L << 40, 0.125);
        System.out.println("interface mix " + r);
        System.out.println("private many " + ((Impl) m).callPrivate());
        System.out.println("many ints " + many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
        System.out.println("doubles " + doubles(0.5, 1.5f, 2.5, 3.5f, 4.5, 5.5f, 6.5, 7.5f, 8.5, 9.5f));
        System.out.println("longs " + longs(1, 2, 3, 4, 5, 6, 7, 8, 9, Long.MIN_VALUE));
        System.out.println("returns " + retBoolean(5) + " " + retByte(200) + " " + retChar(66) + " " + retShort(40000) + " " + retInt(1L << 35 | 7)
                + " " + retLong(-3) + " " + retFloat(0.1) + " " + retDouble(0.1f) + " " + retString('z', 3) + " " + retArray(3).length);
        int[] box = { 0 };
        for (int i = 0; i < 5; i++) retVoid(box);
        System.out.println("void calls " + box[0]);
        System.out.println("nested " + many(retInt(retLong(2)), retByte(300), retChar('a'), retShort(-1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, retInt(longs(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))));
        System.out.println("recursiveMix " + recursiveMix(20, 1, 1e6));
        double total = 0;
        for (int i = 0; i < 200; i++) {
            total += m.mix(i, i * 2L, i * 0.5f, i * 0.25, "s", (byte) i, (char) ('a' + i % 26), (short) -i, i % 2 == 0, null, -i, -i * 3L, 1.0 / (i + 1));
        }
        System.out.println("loop of interface calls " + total);
    }
}
