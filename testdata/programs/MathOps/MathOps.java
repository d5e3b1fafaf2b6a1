// java.lang.Math: abs/min/max for all types, pow, sqrt, cbrt, floor, ceil, round, rint,
// floorDiv, floorMod, the *Exact family (ArithmeticException messages), hypot, signum,
// copySign, ulp, and a few transcendental values.
public class MathOps {
    static void exact(String what, Runnable r) {
        try {
            r.run();
        } catch (ArithmeticException e) {
            System.out.println(what + " -> " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE)
                + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        System.out.println("min/max " + Math.min(3, -4) + " " + Math.max(3, -4) + " " + Math.min(3L, 4L) + " " + Math.max(1.5f, 2.5f)
                + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1));
        double[] powArgs = { 2, 10, 0.5, -2, 2, 0, 0, -8, 10, Double.NaN, 1, Double.NaN, 2, -1, -1, 0.5 };
        for (int i = 0; i < powArgs.length; i += 2) {
            System.out.println("pow(" + powArgs[i] + ", " + powArgs[i + 1] + ") = " + Math.pow(powArgs[i], powArgs[i + 1]));
        }
        System.out.println("pow(2, 0.5) = " + Math.pow(2, 0.5) + " pow(10, -2) = " + Math.pow(10, -2) + " pow(-8, 1.0/3) = " + Math.pow(-8, 1.0 / 3));
        double[] roots = { 0, 1, 2, 4, 10, 1e10, -1, 0.25, Double.POSITIVE_INFINITY, -0.0 };
        for (double r : roots) {
            System.out.println("sqrt(" + r + ") = " + Math.sqrt(r));
        }
        // cbrt only of exact cubes: for other inputs fdlibm (which JDK 17 uses) and glibc can
        // differ in the last bit (StrictMathOps covers the fdlibm results).
        System.out.println("cbrt(-27) = " + Math.cbrt(-27) + " cbrt(1000) = " + Math.cbrt(1000) + " cbrt(0.125) = " + Math.cbrt(0.125)
                + " cbrt(-0.0) = " + Math.cbrt(-0.0) + " cbrt(inf) = " + Math.cbrt(Double.POSITIVE_INFINITY) + " cbrt(NaN) = " + Math.cbrt(Double.NaN));
        double[] rounds = { 2.5, 3.5, -2.5, -3.5, 2.4, 2.6, -2.4, -2.6, 0.49999999999999994, -0.5, 0.5, 1e20, -0.0, Double.NaN, 1e300 };
        for (double r : rounds) {
            System.out.println("x=" + r + " floor " + Math.floor(r) + " ceil " + Math.ceil(r) + " round " + Math.round(r) + " rint " + Math.rint(r));
        }
        float[] frounds = { 2.5f, -2.5f, 0.5f, -0.5f, 1e10f, Float.NaN, -1e10f };
        for (float r : frounds) {
            System.out.println("xf=" + r + " round " + Math.round(r));
        }
        int[][] fd = { {7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {Integer.MIN_VALUE, -1}, {-1, 5} };
        for (int[] p : fd) {
            System.out.println("floorDiv(" + p[0] + ", " + p[1] + ") = " + Math.floorDiv(p[0], p[1]) + " floorMod = " + Math.floorMod(p[0], p[1])
                    + " / = " + (p[0] / p[1]) + " % = " + (p[0] % p[1]));
        }
        System.out.println("floorDiv long " + Math.floorDiv(-7L, 2L) + " floorMod long " + Math.floorMod(-7L, 3L) + " floorMod(long,int) " + Math.floorMod(-7L, 3));
        System.out.println("addExact ok " + Math.addExact(1, 2) + " multiplyExact ok " + Math.multiplyExact(100000L, 100000L));
        exact("addExact(MAX, 1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        exact("subtractExact(MIN, 1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        exact("multiplyExact(int)", () -> Math.multiplyExact(65536, 65536));
        exact("addExact(long)", () -> Math.addExact(Long.MAX_VALUE, 1L));
        exact("multiplyExact(long)", () -> Math.multiplyExact(Long.MAX_VALUE, 2L));
        exact("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
        exact("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        exact("decrementExact(long MIN)", () -> Math.decrementExact(Long.MIN_VALUE));
        exact("toIntExact", () -> Math.toIntExact(1L << 31));
        exact("floorDiv by zero", () -> Math.floorDiv(1, 0));
        exact("floorMod by zero", () -> Math.floorMod(1, 0));
        System.out.println("hypot(3, 4) = " + Math.hypot(3, 4) + " hypot(5, 12) = " + Math.hypot(5, 12) + " hypot(1e200, 1e200) = " + Math.hypot(1e200, 1e200));
        System.out.println("signum " + Math.signum(-2.5) + " " + Math.signum(0.0) + " " + Math.signum(-0.0) + " " + Math.signum(7f) + " " + Math.signum(Double.NaN));
        System.out.println("copySign " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-2f, 1f));
        System.out.println("ulp " + Math.ulp(1.0) + " " + Math.ulp(1f) + " nextUp " + Math.nextUp(1.0) + " nextDown " + Math.nextDown(1.0f));
        System.out.println("getExponent " + Math.getExponent(1024.0) + " " + Math.getExponent(0.1f) + " scalb " + Math.scalb(1.5, 4));
        System.out.println("toRadians(180) = " + Math.toRadians(180) + " toDegrees(PI/2) = " + Math.toDegrees(Math.PI / 2));
        System.out.println("PI " + Math.PI + " E " + Math.E);
        // Math.sin etc. may differ from the correctly rounded result by an ulp; these inputs are
        // ones where HotSpot's intrinsics, fdlibm (StrictMath) and glibc all agree.
        double[] xs = { 0, 0.5, 1, 2, Math.PI / 4, 10 };
        for (double x : xs) {
            System.out.println("x=" + x + " sin " + Math.sin(x) + " cos " + Math.cos(x) + " tan " + Math.tan(x));
            System.out.println("    exp " + Math.exp(x) + " log " + Math.log(x) + " log10 " + Math.log10(x));
        }
        System.out.println("asin(1) " + Math.asin(1) + " acos(0) " + Math.acos(0) + " atan2(1,1) " + Math.atan2(1, 1) + " atan2(-0.0,-1) " + Math.atan2(-0.0, -1));
        System.out.println("log(e) " + Math.log(Math.E) + " log10(1000) " + Math.log10(1000) + " log(0) " + Math.log(0) + " log(-1) " + Math.log(-1));
        System.out.println("exp(-inf) " + Math.exp(Double.NEGATIVE_INFINITY) + " exp(1000) " + Math.exp(1000) + " expm1(0) " + Math.expm1(0) + " log1p(0) " + Math.log1p(0));
        System.out.println("sinh(0) " + Math.sinh(0) + " cosh(0) " + Math.cosh(0) + " tanh(inf) " + Math.tanh(Double.POSITIVE_INFINITY));
        System.out.println("fma " + Math.fma(2.0, 3.0, 1.0) + " IEEEremainder(10, 3) " + Math.IEEEremainder(10, 3) + " IEEEremainder(11, 3) " + Math.IEEEremainder(11, 3));
        System.out.println("absExact via abs " + Math.abs(-7) + " multiplyHigh " + Math.multiplyHigh(Long.MAX_VALUE, 4L));
        // integer square root by Newton's method compared with Math.sqrt
        int mismatches = 0;
        for (int n = 0; n < 5000; n++) {
            int r = (int) Math.sqrt(n);
            if (r * r > n || (r + 1) * (r + 1) <= n) mismatches++;
        }
        System.out.println("isqrt mismatches " + mismatches);
    }
}
