// Formatter's floating-point conversions %f %e %E %g %G %a: precision, rounding half-up
// of the shortest decimal digits, widths and flags, NaN and infinities, float arguments.
public class FormatFloats {
    public static void main(String[] args) {
        double[] values = { 0.0, -0.0, 1.0, -1.5, 0.15, 0.25, 1.005, 2.5, 3.14159265358979, 123456.789, 1e-5,
                0.000123456, 9.9999999, 999999.5, 1e10, 1.23e-10, 6.02214076e23, Double.MAX_VALUE,
                Double.MIN_VALUE, 100.0, 0.5, 1e7 };
        String[] formats = { "%f", "%.0f", "%.1f", "%.2f", "%.3f", "%e", "%.2e", "%E", "%.0e", "%g", "%.3g",
                "%G", "%.0g", "%12.4f", "%-12.2e|", "%012.3f", "%+.2f", "% .1f", "%(.2f", "%,.2f" };
        for (double v : values) {
            StringBuilder sb = new StringBuilder(String.valueOf(v)).append(':');
            for (String f : formats) {
                sb.append(' ').append(f).append('=').append(String.format(f, v));
            }
            System.out.println(sb);
        }

        // Rounding: half-up on the digits Double.toString gives.
        double[] halves = { 0.125, 0.375, 2.675, 1.0005, 0.045, 1.45, 2.345, 8.5, 9.5, 10.5, 0.05, 0.95, 99.995 };
        for (double v : halves) {
            System.out.println(v + " -> " + String.format("%.0f %.1f %.2f %.3f %.1e", v, v, v, v, v));
        }

        // Special values and flags.
        double[] specials = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (double v : specials) {
            System.out.println(String.format("[%f] [%10.2f] [%-10e] [%+f] [%(f] [%010f] [%E] [%G] [%a]", v, v, v, v, v, v,
                    v, v, v));
        }

        // float arguments are widened to double.
        float f = 0.1f;
        System.out.println(String.format("%f %.10f %e %g %s", f, f, f, f, f));
        System.out.println(String.format("%.3f %.3f", 1.0f / 3, 2.0f / 3));
        Float boxed = 2.5f;
        Double boxedD = -2.5;
        System.out.println(String.format("%.0f %.0f %s", boxed, boxedD, null));

        // Alternate form and large precisions.
        System.out.println(String.format("[%#.0f] [%#.0e] [%.15f] [%.20e]", 3.0, 3.0, 0.1, 0.1));
        System.out.println(String.format("[%.12g] [%.17g] [%.1g] [%g]", Math.PI, Math.E, 0.96, 0.0001));

        // Hexadecimal floating point.
        double[] hex = { 1.0, -2.5, 0.1, 1024.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3 };
        for (double v : hex) {
            System.out.println(String.format("%a %A %.2a %.0a %15a|", v, v, v, v, v));
        }

        // A small table, as reports print them.
        String[] names = { "alpha", "beta", "gamma" };
        double[] amounts = { 1234.5, -0.125, 98765.4321 };
        for (int i = 0; i < names.length; i++) {
            System.out.println(String.format("%-8s|%12.2f|%10.3e|%8.1f%%", names[i], amounts[i], amounts[i],
                    amounts[i] / 1000));
        }
    }
}
