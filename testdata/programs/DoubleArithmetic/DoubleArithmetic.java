// double arithmetic: dadd dsub dmul ddiv drem dneg, infinities, NaN, signed zeros, fmod semantics.
public class DoubleArithmetic {
    static double add(double a, double b) { return a + b; }
    static double sub(double a, double b) { return a - b; }
    static double mul(double a, double b) { return a * b; }
    static double div(double a, double b) { return a / b; }
    static double rem(double a, double b) { return a % b; }
    static double neg(double a) { return -a; }

    public static void main(String[] args) {
        System.out.println("0.1+0.2 = " + add(0.1, 0.2));
        System.out.println("0.3-0.1 = " + sub(0.3, 0.1));
        System.out.println("1/3.0 = " + div(1, 3.0));
        System.out.println("2/3.0 = " + div(2, 3.0));
        System.out.println("10/4.0 = " + div(10, 4.0));
        System.out.println("1/0.0 = " + div(1, 0.0));
        System.out.println("-1/0.0 = " + div(-1, 0.0));
        System.out.println("1/-0.0 = " + div(1, -0.0));
        System.out.println("0/0.0 = " + div(0, 0.0));
        System.out.println("inf-inf = " + sub(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        System.out.println("inf*-1 = " + mul(Double.POSITIVE_INFINITY, -1));
        System.out.println("max*2 = " + mul(Double.MAX_VALUE, 2));
        System.out.println("min/2 = " + div(Double.MIN_VALUE, 2));
        System.out.println("-0.0 = " + neg(0.0));
        System.out.println("-0.0 + 0.0 = " + add(-0.0, 0.0));
        System.out.println("-0.0 - 0.0 = " + sub(-0.0, 0.0));
        System.out.println("2^53+1 = " + add(9007199254740992.0, 1.0));
        System.out.println("long 2^53+1 as double = " + (double) 9007199254740993L);
        System.out.println("1e308*10 = " + mul(1e308, 10));
        System.out.println("1.1*1.1 = " + mul(1.1, 1.1));

        double[][] rp = { {5.5, 2}, {-5.5, 2}, {5.5, -2}, {-5.5, -2}, {7, 2.5}, {1, 0},
                {Double.POSITIVE_INFINITY, 2}, {3, Double.NEGATIVE_INFINITY}, {0, 3}, {-0.0, 3}, {Double.NaN, 1},
                {10, 0.1}, {1e300, 3}, {-1e-300, 7e-301} };
        for (double[] p : rp) {
            System.out.println(p[0] + " % " + p[1] + " = " + rem(p[0], p[1]));
        }

        double acc = 0;
        for (int i = 1; i <= 1000; i++) {
            acc += 1.0 / i;
        }
        System.out.println("harmonic(1000) = " + acc);
        double pi = 0;
        for (int k = 0; k < 100000; k++) {
            pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        }
        System.out.println("leibniz pi = " + pi);
        double x = 1;
        int halvings = 0;
        while (x != 0) {
            x /= 2;
            halvings++;
        }
        System.out.println("halvings to zero = " + halvings);
        double e = 1, term = 1;
        for (int i = 1; i < 20; i++) {
            term /= i;
            e += term;
        }
        System.out.println("e = " + e);
        double c = 3;
        c += 0.25; c *= 4; c -= 1; c /= 2; c %= 3.5;
        System.out.println("compound = " + c);
        double mixed = 7 / 2 + 7 / 2.0 + 7L / 2.0 + 7 / 2f;
        System.out.println("mixed = " + mixed);
        System.out.println("float to double 0.1f = " + (double) 0.1f);
        System.out.println("0.1f == 0.1 " + (0.1f == 0.1));
        System.out.println("0.5f == 0.5 " + (0.5f == 0.5));
    }
}
