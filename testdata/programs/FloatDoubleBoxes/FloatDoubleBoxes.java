// java.lang.Float and java.lang.Double: constants, valueOf/parse, the xxxValue
// conversions of boxes (including NaN and infinities to int/long), compareTo/equals on
// NaN and signed zeros, raw bits, toHexString, sum/min/max, and isNaN/isInfinite/isFinite.
// Float values are printed as floats only where JDK 17 already prints the shortest digits.
public class FloatDoubleBoxes {
    public static void main(String[] args) {
        System.out.println("Double MAX " + Double.MAX_VALUE + " MIN " + Double.MIN_VALUE + " MIN_NORMAL " + Double.MIN_NORMAL
                + " MAX_EXPONENT " + Double.MAX_EXPONENT + " MIN_EXPONENT " + Double.MIN_EXPONENT + " SIZE " + Double.SIZE);
        System.out.println("Float MAX " + Float.MAX_VALUE + " MIN " + Float.MIN_VALUE + " MAX_EXPONENT " + Float.MAX_EXPONENT
                + " MIN_EXPONENT " + Float.MIN_EXPONENT + " BYTES " + Float.BYTES);
        Double[] ds = { 0.0, -0.0, 1.5, -2.75, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e10, 3.99, -3.99 };
        for (Double d : ds) {
            System.out.println("Double " + d + ": int " + d.intValue() + " long " + d.longValue() + " short " + d.shortValue() + " byte "
                    + d.byteValue() + " isNaN " + d.isNaN() + " isInfinite " + d.isInfinite() + " hash " + d.hashCode()
                    + " hex " + Double.toHexString(d));
        }
        Float[] fs = { 0f, -0f, 1.5f, -2.75f, Float.NaN, Float.POSITIVE_INFINITY, 0.1f, 3.99f };
        for (Float f : fs) {
            System.out.println("Float " + f + ": int " + f.intValue() + " long " + f.longValue() + " double " + f.doubleValue()
                    + " bits " + Integer.toHexString(Float.floatToIntBits(f)) + " hex " + Float.toHexString(f) + " hash " + f.hashCode());
        }
        System.out.println("compareTo " + Double.valueOf(0.0).compareTo(-0.0) + " " + Double.valueOf(Double.NaN).compareTo(Double.POSITIVE_INFINITY)
                + " " + Float.valueOf(1f).compareTo(2f) + " " + Double.valueOf(-0.0).compareTo(0.0));
        System.out.println("equals " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0) + " "
                + Float.valueOf(Float.NaN).equals(Float.NaN) + " " + Double.valueOf(1.0).equals(1.0f));
        System.out.println("sum/min/max " + Double.sum(0.1, 0.2) + " " + Double.min(-0.0, 0.0) + " " + Double.max(Double.NaN, 1) + " "
                + Float.sum(1.5f, 2.25f) + " " + Float.max(-1f, -2f));
        System.out.println("valueOf " + Double.valueOf("  -12.5e1 ") + " " + Float.valueOf("0.25") + " " + Double.valueOf("0x1p-2")
                + " " + Double.parseDouble("+Infinity") + " " + Float.parseFloat("-0"));
        System.out.println("raw NaN bits " + Long.toHexString(Double.doubleToRawLongBits(Double.NaN)) + " canonical "
                + Long.toHexString(Double.doubleToLongBits(Double.longBitsToDouble(0x7ff8000000000123L)))
                + " raw kept " + Long.toHexString(Double.doubleToRawLongBits(Double.longBitsToDouble(0x7ff8000000000123L))));
        System.out.println("bits round trip " + Double.longBitsToDouble(Double.doubleToLongBits(-123.456)) + " "
                + Float.intBitsToFloat(Float.floatToIntBits(0.75f)));
        System.out.println("isFinite " + Double.isFinite(Double.MAX_VALUE) + " " + Float.isFinite(Float.NEGATIVE_INFINITY) + " isInfinite "
                + Float.isInfinite(Float.POSITIVE_INFINITY));
        System.out.println("toHexString " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE)
                + " " + Double.toHexString(Double.MAX_VALUE) + " " + Float.toHexString(1.0f));
        double acc = 0;
        for (int i = 0; i < 10; i++) acc += Double.valueOf(i) / 4;
        System.out.println("boxed accumulation " + acc);
        Double big = 1e300;
        Double product = big * big;
        System.out.println("overflow in box " + product + " isInfinite " + product.isInfinite());
    }
}
