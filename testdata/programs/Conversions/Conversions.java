// Primitive conversions: i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s,
// including saturation of f2i/d2l, NaN to 0, and d2f rounding/overflow.
// Float results are printed widened to double: for large floats JDK 17's Float.toString
// prints more digits than the shortest-digits rule (e.g. 2^31 as 2.14748365E9, not
// 2.1474836E9), and DoubleToString covers float printing with safe values.
public class Conversions {
    static byte i2b(int x) { return (byte) x; }
    static char i2c(int x) { return (char) x; }
    static short i2s(int x) { return (short) x; }
    static int l2i(long x) { return (int) x; }
    static int f2i(float x) { return (int) x; }
    static long f2l(float x) { return (long) x; }
    static int d2i(double x) { return (int) x; }
    static long d2l(double x) { return (long) x; }
    static float d2f(double x) { return (float) x; }
    static float l2f(long x) { return (float) x; }
    static double l2d(long x) { return (double) x; }
    static float i2f(int x) { return (float) x; }

    public static void main(String[] args) {
        int[] ints = { 0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769,
                0x12345678, 0x8000, 0xFFFF_FF80, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int x : ints) {
            System.out.println("int " + x + " -> byte " + i2b(x) + " char " + (int) i2c(x) + " short " + i2s(x)
                    + " float " + (double) i2f(x) + " double " + (double) x + " long " + (long) x);
        }
        long[] longs = { 0, -1, 4294967295L, 4294967296L, 0x1_8000_0000L, Long.MAX_VALUE, Long.MIN_VALUE,
                9007199254740993L, 12345678912345L, -7777777777777777L };
        for (long x : longs) {
            System.out.println("long " + x + " -> int " + l2i(x) + " float " + (double) l2f(x) + " double " + l2d(x)
                    + " byte " + (byte) x + " char " + (int) (char) x);
        }
        float[] floats = { 0f, -0f, 1.5f, -1.5f, 2.5f, -2.5f, 0.99999994f, 1e10f, -1e10f, 3e9f, 2147483647f, 2147483648f,
                -2147483648f, -2147483904f, 9.223372E18f, 1e19f, -1e19f, Float.MAX_VALUE, Float.MIN_VALUE,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN };
        for (float x : floats) {
            System.out.println("float " + (double) x + " -> int " + f2i(x) + " long " + f2l(x) + " double " + (double) x
                    + " short " + (short) x + " byte " + (byte) x + " char " + (int) (char) x);
        }
        double[] doubles = { 0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 1e10, -1e10, 2147483647.5, 2147483648.0,
                -2147483648.9, -2147483649.0, 9.223372036854776E18, -9.223372036854776E18, 1e19, -1e300,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN };
        for (double x : doubles) {
            System.out.println("double " + x + " -> int " + d2i(x) + " long " + d2l(x) + " float " + (double) d2f(x)
                    + " char " + (int) (char) x + " byte " + (byte) x);
        }
        // d2f rounding: round to nearest even, overflow to infinity, underflow to zero
        double[] tricky = { 0.1, 1.0 / 3, 16777217.0, 16777219.0, 3.4028235677973366E38, 3.4028236E38, 1e39,
                1.401298464324817E-45, 7.006492321624085E-46, 7.006492321624087E-46, 1e-50, -1e-50, 1.0000000596046448,
                1.0000000596046449 };
        for (double x : tricky) {
            float f = d2f(x);
            System.out.println("d2f " + x + " = " + (double) f + " bits " + Integer.toHexString(Float.floatToRawIntBits(f)));
        }
        // char arithmetic and widening
        char c = 'z';
        int ci = c + 1;
        char c2 = (char) (c + 1);
        System.out.println("char z+1 = " + ci + " as char " + c2);
        char big = (char) -1;
        System.out.println("(char)-1 = " + (int) big);
        short s = (short) big;
        System.out.println("(short)(char)-1 = " + s);
        byte b = (byte) 200;
        System.out.println("(byte)200 = " + b + " unsigned " + (b & 0xFF) + " Byte.toUnsignedInt " + Byte.toUnsignedInt(b));
        // implicit widening in method calls and arithmetic
        long wide = Integer.MAX_VALUE;
        wide++;
        System.out.println("widened and incremented " + wide);
        float lf = Long.MAX_VALUE;
        double ld = Long.MAX_VALUE;
        System.out.println("Long.MAX as float " + (double) lf + " as double " + ld);
        System.out.println("(long)(float)Long.MAX " + (long) lf + " (long)(double) " + (long) ld);
        System.out.println("bits " + Long.toHexString(Double.doubleToLongBits(-0.0)) + " " + Long.toHexString(Double.doubleToLongBits(1.0)));
        System.out.println("longBitsToDouble " + Double.longBitsToDouble(0x400921FB54442D18L));
        System.out.println("intBitsToFloat " + Float.intBitsToFloat(0x40490FDB));
        System.out.println("NaN bits " + Integer.toHexString(Float.floatToIntBits(Float.NaN)) + " " + Long.toHexString(Double.doubleToLongBits(Double.NaN)));
    }
}
