// Double.toString / Float.toString and every path that uses them (println, concatenation,
// StringBuilder.append, String.valueOf). Lines for float values start with "f ", lines for
// double values with "d ". Values are chosen where JDK 17 already prints the shortest digits
// that JDK 19+ prints. Left out on purpose because JDK 17 prints extra digits: Float.MIN_NORMAL
// (1.17549435E-38), 2^57 (1.44115188075855872E17), 2^60, 2^69 and 2^-24 (5.9604644775390625E-8).
public class DoubleToString {
    static void d(String label, double v) {
        System.out.println("d " + label + " = " + v);
    }

    static void f(String label, float v) {
        System.out.println("f " + label + " = " + v);
    }

    public static void main(String[] args) {
        d("0.1", 0.1);
        d("0.2", 0.2);
        d("0.5", 0.5);
        d("1.0", 1.0);
        d("100.0", 100.0);
        d("1e6", 1e6);
        d("1e7", 1e7);
        d("9999999.0", 9999999.0);
        d("9999999.5", 9999999.5);
        d("12345678.9", 12345678.9);
        d("1.0E10", 1.0E10);
        d("1e21", 1e21);
        d("1e22", 1e22);
        d("0.001", 0.001);
        d("0.002", 0.002);
        d("9.99e-4", 9.99e-4);
        d("1.0E-4", 1.0E-4);
        d("1e-5", 1e-5);
        d("1.2345e-7", 1.2345e-7);
        d("123.456", 123.456);
        d("-123.456", -123.456);
        d("1/3.0", 1 / 3.0);
        d("2/3.0", 2 / 3.0);
        d("10/3.0", 10 / 3.0);
        d("PI", Math.PI);
        d("E", Math.E);
        d("NaN", Double.NaN);
        d("+Inf", Double.POSITIVE_INFINITY);
        d("-Inf", Double.NEGATIVE_INFINITY);
        d("-0.0", -0.0);
        d("0.0", 0.0);
        d("MAX_VALUE", Double.MAX_VALUE);
        d("MIN_VALUE", Double.MIN_VALUE);
        d("MIN_NORMAL", Double.MIN_NORMAL);
        d("2^53", 9007199254740992.0);
        d("2^63", 9.223372036854775807E18);
        d("1e100", 1e100);
        d("-1e-100", -1e-100);
        d("4.35", 4.35);
        d("0.30000000000000004", 0.1 + 0.2);
        d("1.7976931348623157E308/3", Double.MAX_VALUE / 3);
        d("100.5", 100.5);
        d("5e-324*3", Double.MIN_VALUE * 3);

        f("0.1f", 0.1f);
        f("0.5f", 0.5f);
        f("1.0f", 1.0f);
        f("100.0f", 100.0f);
        f("1e6f", 1e6f);
        f("1e7f", 1e7f);
        f("1.0E10f", 1.0E10f);
        f("0.001f", 0.001f);
        f("1.0E-4f", 1.0E-4f);
        f("1/3f", 1 / 3f);
        f("2/3f", 2 / 3f);
        f("3.14159f", 3.14159f);
        f("PI f", (float) Math.PI);
        f("NaN f", Float.NaN);
        f("+Inf f", Float.POSITIVE_INFINITY);
        f("-0f", -0f);
        f("MAX_VALUE f", Float.MAX_VALUE);
        f("MIN_VALUE f", Float.MIN_VALUE);
        f("16777216f", 16777216f);
        f("1.1f", 1.1f);
        f("0.3f", 0.3f);
        f("123456.78f", 123456.78f);

        // multiples of 0.1 accumulate rounding error
        double acc = 0;
        for (int i = 1; i <= 12; i++) {
            acc += 0.1;
            d("sum " + i + " x 0.1", acc);
        }
        for (int i = 0; i <= 10; i++) {
            d("i/10.0 " + i, i / 10.0);
        }
        // powers of ten built exactly from literals vs by division
        double[] pow10 = { 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4,
                1e5, 1e6, 1e7, 1e8, 1e9, 1e15, 1e16, 1e17, 1e20 };
        for (double p : pow10) {
            d("pow10", p);
            d("-pow10", -p);
            d("pow10*1.5", p * 1.5);
        }
        float[] fpow10 = { 1e-9f, 1e-5f, 1e-4f, 1e-3f, 1e-2f, 1e-1f, 1e0f, 1e1f, 1e2f, 1e6f, 1e7f, 1e8f, 1e20f, 1e38f };
        for (float p : fpow10) {
            f("pow10", p);
            f("pow10*2.5", p * 2.5f);
        }
        // powers of two
        double two = 1;
        for (int i = 0; i < 56; i += 3) {
            d("2^" + i, two);
            two *= 8;
        }
        double half = 1;
        for (int i = 0; i < 24; i += 2) {
            d("2^-" + i, half);
            half /= 4;
        }
        // every conversion path gives the same text
        double v = 2.5e-3;
        StringBuilder sb = new StringBuilder();
        sb.append(v).append(' ').append(1.25f);
        System.out.println("paths " + Double.toString(v) + " " + String.valueOf(v) + " " + sb + " "
                + Float.toString(1.25f) + " " + Double.valueOf(v) + " " + Float.valueOf(1.25f).toString());
        System.out.println(v);
        System.out.println(1.25f);
        System.out.println(Double.toString(1e7) + " " + Double.toString(1e-3) + " " + Double.toString(9.999e-4));
        // parsing round trip
        String[] texts = { "1.5", "-2.25e3", "  7.0  ", "1e-3", "0x1.8p1", "Infinity", "-Infinity", "NaN", "1d", "2.5f", ".5", "5." };
        for (String t : texts) {
            System.out.println("parse [" + t + "] -> " + Double.parseDouble(t) + " / " + Float.parseFloat(t));
        }
    }
}
