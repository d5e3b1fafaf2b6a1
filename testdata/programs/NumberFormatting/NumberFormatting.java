import java.math.RoundingMode;
import java.text.*;
import java.util.*;

// Receipts, reports and tables formatted with DecimalFormat and NumberFormat, as textbook
// programs do it.
public class NumberFormatting {
    record Item(String name, int qty, double price) {}

    public static void main(String[] args) throws ParseException {
        DecimalFormat money = new DecimalFormat("#,##0.00");
        DecimalFormat pct = new DecimalFormat("0.0%");
        List<Item> cart = List.of(new Item("Widget", 3, 19.99), new Item("Gadget", 1, 1249.5),
            new Item("Doohickey", 12, 0.335), new Item("Thingamajig", 2, 7.125), new Item("Gizmo", 7, 3.0));
        double subtotal = 0;
        System.out.println(String.format("%-12s %4s %10s %12s", "Item", "Qty", "Price", "Total"));
        for (Item it : cart) {
            double total = it.qty() * it.price();
            subtotal += total;
            System.out.println(String.format("%-12s %4d %10s %12s", it.name(), it.qty(), money.format(it.price()), money.format(total)));
        }
        double taxRate = 0.0825;
        double tax = subtotal * taxRate;
        System.out.println("Subtotal: " + money.format(subtotal) + "  Tax (" + pct.format(taxRate) + "): " + money.format(tax)
            + "  Total: " + money.format(subtotal + tax));

        NumberFormat us = NumberFormat.getCurrencyInstance(Locale.US);
        NumberFormat uk = NumberFormat.getCurrencyInstance(Locale.UK);
        NumberFormat de = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        NumberFormat fr = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        NumberFormat jp = NumberFormat.getCurrencyInstance(Locale.JAPAN);
        for (double v : new double[] {1234567.891, -42.5, 0.005, 0.015, 1e9}) {
            System.out.println(us.format(v) + " | " + uk.format(v) + " | " + de.format(v) + " | " + fr.format(v) + " | " + jp.format(v));
        }
        NumberFormat nf = NumberFormat.getInstance();
        NumberFormat pf = NumberFormat.getPercentInstance();
        NumberFormat inf = NumberFormat.getIntegerInstance();
        System.out.println(nf.format(Math.PI) + " " + nf.format(-1234567.0) + " " + nf.format(1e-7) + " " + pf.format(0.4567) + " " + pf.format(-1.5)
            + " " + inf.format(2.5) + " " + inf.format(3.5) + " " + inf.format(-2.5) + " " + nf.format(123456789L) + " " + nf.format(Long.MIN_VALUE));
        nf.setMaximumFractionDigits(5);
        nf.setMinimumFractionDigits(2);
        nf.setGroupingUsed(false);
        System.out.println(nf.format(1234.5) + " " + nf.format(2.0 / 3) + " " + nf.format(100));

        // rounding: half-even by default, on the exact binary value
        String[] patterns = {"0", "0.0", "0.00", "#.##", "00.000", "#,##0.###"};
        double[] values = {0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1.115, 9.995, 0.045, 1234.5675, -0.0001};
        for (String p : patterns) {
            DecimalFormat df = new DecimalFormat(p);
            StringBuilder sb = new StringBuilder(String.format("%-10s", p));
            for (double v : values) sb.append(' ').append(df.format(v));
            System.out.println(sb);
        }
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) continue;
            DecimalFormat df = new DecimalFormat("0.0");
            df.setRoundingMode(mode);
            StringBuilder sb = new StringBuilder(String.format("%-10s", mode));
            for (double v : new double[] {1.25, 1.35, -1.25, -1.35, 1.21, -1.29, 0.05}) sb.append(' ').append(df.format(v));
            System.out.println(sb);
        }
        try {
            DecimalFormat strict = new DecimalFormat("0.0");
            strict.setRoundingMode(RoundingMode.UNNECESSARY);
            System.out.println(strict.format(2.5) + " " + strict.format(2.55));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }

        // scientific, engineering, per mille, quoted literals, negative subpatterns
        String[] fancy = {"0.###E0", "00.##E0", "##0.##E0", "0.00E00", "#,##0.00;(#,##0.00)", "'#'#", "0.0 'kg'", "#\u2030", "+0;-0",
            "$#,##0.00;-$#,##0.00", "0000", "#.", "¤¤ #,##0.00", "'it''s' 0"};
        for (String p : fancy) {
            DecimalFormat df = new DecimalFormat(p);
            System.out.println(String.format("%-22s", p) + " " + df.format(12345.678) + " | " + df.format(-0.000123) + " | " + df.format(0)
                + " | " + df.format(42L) + " | " + df.toPattern());
        }
        DecimalFormat sci = new DecimalFormat("0.000E0");
        for (double v = 6.02214076e23; v > 1e-30; v /= 1e7) System.out.print(sci.format(v) + " ");
        System.out.println();

        // bad patterns
        for (String bad : new String[] {"0.0.0", "#,##0,", "0#.#", "%%0", "0.0E", "'abc", "0;0;0"}) {
            try {
                new DecimalFormat(bad);
                System.out.println(bad + " ok");
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }

        // parsing
        DecimalFormat p1 = new DecimalFormat("#,##0.##");
        for (String s : new String[] {"1,234.56", "-7", "12abc", "1,2,3", "3.", ".5", "-0", "1E3", "∞", "NaN", "9223372036854775807", "9223372036854775808"}) {
            ParsePosition pos = new ParsePosition(0);
            Number n = p1.parse(s, pos);
            System.out.println("parse \"" + s + "\" -> " + n + (n == null ? "" : " (" + n.getClass().getSimpleName() + ")") + " index=" + pos.getIndex() + " error=" + pos.getErrorIndex());
        }
        System.out.println(NumberFormat.getPercentInstance().parse("42%") + " " + NumberFormat.getCurrencyInstance(Locale.US).parse("$1,234.50")
            + " " + NumberFormat.getInstance(Locale.GERMANY).parse("1.234,5") + " " + new DecimalFormat("0.00;(0.00)").parse("(3.25)"));
        try {
            NumberFormat.getInstance().parse("abc");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }

        // setters and symbols
        DecimalFormat custom = new DecimalFormat("#,##0.00");
        DecimalFormatSymbols sym = new DecimalFormatSymbols(Locale.US);
        sym.setDecimalSeparator(',');
        sym.setGroupingSeparator(' ');
        custom.setDecimalFormatSymbols(sym);
        custom.setGroupingSize(4);
        custom.setPositivePrefix("+");
        System.out.println(custom.format(123456789.125) + " " + custom.format(-5) + " " + custom.toPattern() + " " + custom.getGroupingSize());
        DecimalFormat mult = new DecimalFormat("0.##");
        mult.setMultiplier(1000);
        mult.setMinimumIntegerDigits(4);
        mult.setMaximumIntegerDigits(6);
        System.out.println(mult.format(1.23456) + " " + mult.format(98765.4321) + " " + mult.format(-0.5) + " " + mult.toPattern());
        System.out.println(new DecimalFormat("0.00").equals(new DecimalFormat("#0.00")) + " " + new DecimalFormat("0.00").hashCode()
            + " " + money.getMaximumFractionDigits() + money.getMinimumFractionDigits() + money.getMinimumIntegerDigits() + " " + money.getRoundingMode());
        FieldPosition fp = new FieldPosition(NumberFormat.FRACTION_FIELD);
        StringBuffer out = money.format(-98765.4321, new StringBuffer("value: "), fp);
        System.out.println(out + " fraction at [" + fp.getBeginIndex() + ", " + fp.getEndIndex() + ")");
        System.out.println(money.format(Double.NaN) + " " + money.format(Double.POSITIVE_INFINITY) + " " + money.format(Double.NEGATIVE_INFINITY)
            + " " + money.format((Object) 7) + " " + money.format(new java.util.concurrent.atomic.AtomicLong(12)) + " " + money.format(2.5f));
        try {
            money.format("12");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        // a multiplication table with aligned columns
        DecimalFormat cell = new DecimalFormat("000");
        for (int i = 1; i <= 4; i++) {
            StringJoiner row = new StringJoiner(" ");
            for (int j = 1; j <= 8; j++) row.add(cell.format(i * j * 7));
            System.out.println(row);
        }
        // compound interest table
        DecimalFormat dollars = new DecimalFormat("$#,##0.00");
        double principal = 10000;
        for (int year = 1; year <= 5; year++) {
            principal *= 1.05;
            System.out.println("Year " + year + ": " + dollars.format(principal));
        }
    }
}
