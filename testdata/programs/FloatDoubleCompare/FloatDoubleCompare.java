// Comparisons of floats and doubles incl. NaN: javac compiles < and <= with fcmpg/dcmpg
// and > and >= with fcmpl/dcmpl, so NaN must make every one of them false.
public class FloatDoubleCompare {
    static String fcmp(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    static String dcmp(double a, double b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (a == b ? "==" : "") + (a != b ? "!=" : "");
    }

    // Comparisons used as branch conditions rather than values.
    static int branchy(double a, double b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a > b) r |= 2;
        if (!(a < b)) r |= 4;
        if (!(a > b)) r |= 8;
        if (a == b) r |= 16;
        if (!(a >= b)) r |= 32;
        if (!(a <= b)) r |= 64;
        return r;
    }

    static int branchyF(float a, float b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a > b) r |= 2;
        if (!(a < b)) r |= 4;
        if (!(a > b)) r |= 8;
        if (a == b) r |= 16;
        if (!(a >= b)) r |= 32;
        if (!(a <= b)) r |= 64;
        return r;
    }

    public static void main(String[] args) {
        float[] fs = { Float.NaN, Float.NEGATIVE_INFINITY, -1f, -0f, 0f, 1f, Float.MIN_VALUE, Float.POSITIVE_INFINITY };
        for (float a : fs) {
            StringBuilder sb = new StringBuilder();
            for (float b : fs) {
                sb.append(' ').append(fcmp(a, b)).append('/').append(branchyF(a, b));
            }
            System.out.println("f " + a + ":" + sb);
        }
        double[] ds = { Double.NaN, Double.NEGATIVE_INFINITY, -1, -0.0, 0.0, 1, Double.MIN_VALUE, Double.POSITIVE_INFINITY };
        for (double a : ds) {
            StringBuilder sb = new StringBuilder();
            for (double b : ds) {
                sb.append(' ').append(dcmp(a, b)).append('/').append(branchy(a, b));
            }
            System.out.println("d " + a + ":" + sb);
        }
        double nan = Double.NaN;
        System.out.println("nan != nan " + (nan != nan));
        System.out.println("Double.isNaN " + Double.isNaN(nan) + " " + Double.isNaN(1.0));
        System.out.println("Float.isNaN " + Float.isNaN(Float.NaN));
        System.out.println("isInfinite " + Double.isInfinite(1 / 0.0) + " " + Double.isInfinite(nan));
        System.out.println("isFinite " + Double.isFinite(1e308) + " " + Double.isFinite(1 / 0.0));
        System.out.println("Double.compare(NaN, inf) " + Double.compare(nan, Double.POSITIVE_INFINITY));
        System.out.println("Double.compare(0.0, -0.0) " + Double.compare(0.0, -0.0));
        System.out.println("Double.compare(-0.0, 0.0) " + Double.compare(-0.0, 0.0));
        System.out.println("Double.compare(NaN, NaN) " + Double.compare(nan, nan));
        System.out.println("Float.compare(1, 2) " + Float.compare(1f, 2f));
        System.out.println("Double.valueOf(NaN).equals(NaN) " + Double.valueOf(nan).equals(nan));
        System.out.println("Double.valueOf(0.0).equals(-0.0) " + Double.valueOf(0.0).equals(-0.0));
        System.out.println("0.0 == -0.0 " + (0.0 == -0.0));
        System.out.println("Math.min(0.0, -0.0) " + Math.min(0.0, -0.0));
        System.out.println("Math.max(-0.0, 0.0) " + Math.max(-0.0, 0.0));
        System.out.println("Math.min(1, NaN) " + Math.min(1.0, nan));
        System.out.println("Math.max(NaN, 1) " + Math.max(nan, 1.0));
        System.out.println("Math.min(-0f, 0f) " + Math.min(-0f, 0f));
        // sorting with NaN using a comparison-based insertion sort on Double.compare
        double[] arr = { 3, nan, -0.0, 0.0, -1, Double.NEGATIVE_INFINITY, 2.5, nan, Double.POSITIVE_INFINITY };
        for (int i = 1; i < arr.length; i++) {
            double v = arr[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(arr[j], v) > 0) {
                arr[j + 1] = arr[j];
                j--;
            }
            arr[j + 1] = v;
        }
        StringBuilder sb = new StringBuilder();
        for (double v : arr) sb.append(v).append(' ');
        System.out.println("sorted: " + sb);
        // ternary selecting by comparison
        int countLess = 0, countGreater = 0, countNeither = 0;
        for (double a : ds) {
            for (double b : ds) {
                int r = a < b ? -1 : a > b ? 1 : a == b ? 0 : 99;
                if (r < 0) countLess++;
                else if (r > 0 && r < 99) countGreater++;
                else if (r == 99) countNeither++;
            }
        }
        System.out.println("less " + countLess + " greater " + countGreater + " unordered " + countNeither);
    }
}
