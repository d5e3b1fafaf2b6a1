// java.lang.StrictMath: the fdlibm-defined results, which are bit-for-bit specified,
// printed with their raw bits as well as their decimal text.
public class StrictMathOps {
    static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    public static void main(String[] args) {
        double[] xs = { 0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 100.0, -0.75, 1e-10, 700.0 };
        for (double x : xs) {
            System.out.println("x=" + x);
            System.out.println("  sin " + StrictMath.sin(x) + " " + bits(StrictMath.sin(x)));
            System.out.println("  cos " + StrictMath.cos(x) + " " + bits(StrictMath.cos(x)));
            System.out.println("  tan " + StrictMath.tan(x) + " " + bits(StrictMath.tan(x)));
            System.out.println("  exp " + StrictMath.exp(x) + " " + bits(StrictMath.exp(x)));
            System.out.println("  log " + StrictMath.log(Math.abs(x)) + " " + bits(StrictMath.log(Math.abs(x))));
            System.out.println("  sqrt " + StrictMath.sqrt(Math.abs(x)) + " cbrt " + StrictMath.cbrt(x));
            System.out.println("  atan " + StrictMath.atan(x) + " sinh " + StrictMath.sinh(x) + " tanh " + StrictMath.tanh(x));
        }
        System.out.println("pow " + StrictMath.pow(2, 10) + " " + StrictMath.pow(1.0001, 10000) + " " + StrictMath.pow(3, 0.5));
        System.out.println("hypot " + StrictMath.hypot(1, 1) + " atan2 " + StrictMath.atan2(1, 2) + " log10 " + StrictMath.log10(2));
        System.out.println("floor " + StrictMath.floor(-1.5) + " ceil " + StrictMath.ceil(-1.5) + " rint " + StrictMath.rint(2.5) + " round "
                + StrictMath.round(-1.5) + " abs " + StrictMath.abs(-3) + " max " + StrictMath.max(1L, 2L));
        // Math and StrictMath agree on correctly rounded operations
        int agree = 0;
        for (int i = 1; i <= 1000; i++) {
            double v = i * 0.37;
            if (Math.sqrt(v) == StrictMath.sqrt(v) && Math.floor(v) == StrictMath.floor(v)) agree++;
        }
        System.out.println("agree " + agree);
    }
}
