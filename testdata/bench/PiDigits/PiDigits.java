// Benchmark: the digits of pi from Gibbons' unbounded spigot, with BigInteger.
// Argument: the number of digits (default 100). Output as in the benchmark game's
// pidigits: ten digits a line, then a tab, a colon and the count so far.
import java.math.BigInteger;

public class PiDigits {
    // The state is the linear fractional transformation x -> (q*x + r) / t.
    private BigInteger q = BigInteger.ONE;
    private BigInteger r = BigInteger.ZERO;
    private BigInteger t = BigInteger.ONE;
    private int k = 0;

    /** Composes the state with the next term (k, 4k + 2, 0, 2k + 1) of the series. */
    private void next() {
        k++;
        BigInteger k2 = BigInteger.valueOf(2 * k + 1);
        r = q.shiftLeft(1).add(r).multiply(k2);
        q = q.multiply(BigInteger.valueOf(k));
        t = t.multiply(k2);
    }

    /** The next digit once floor((3q + r) / t) and floor((4q + r) / t) agree, else -1. */
    private int digit() {
        if (q.compareTo(r) > 0) {
            return -1;
        }
        BigInteger[] dr = q.multiply(BigInteger.valueOf(3)).add(r).divideAndRemainder(t);
        // (4q + r) / t has the same integer part when the remainder plus q stays below t.
        if (dr[1].add(q).compareTo(t) >= 0) {
            return -1;
        }
        return dr[0].intValue();
    }

    /** Takes the digit d out: x -> 10 * (x - d). */
    private void emit(int d) {
        r = r.subtract(t.multiply(BigInteger.valueOf(d))).multiply(BigInteger.TEN);
        q = q.multiply(BigInteger.TEN);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        PiDigits pi = new PiDigits();
        StringBuilder line = new StringBuilder(10);
        StringBuilder out = new StringBuilder();
        int count = 0;
        while (count < n) {
            pi.next();
            int d = pi.digit();
            if (d < 0) {
                continue;
            }
            pi.emit(d);
            line.append((char) ('0' + d));
            count++;
            if (line.length() == 10 || count == n) {
                while (line.length() < 10) {
                    line.append(' ');
                }
                out.append(line).append("\t:").append(count).append('\n');
                line.setLength(0);
                if (out.length() > 8192) {
                    System.out.print(out);
                    out.setLength(0);
                }
            }
        }
        System.out.print(out);
    }
}
