// Fasta: generate DNA sequences by copying and by weighted random selection.
import java.io.IOException;
import java.io.OutputStream;

public class Fasta {
    static final int LINE_LENGTH = 60;
    static final int IM = 139968, IA = 3877, IC = 29573;
    static int last = 42;

    static final String ALU =
        "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
        + "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
        + "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
        + "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
        + "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
        + "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
        + "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

    static final class Frequency {
        final byte c;
        double p;
        Frequency(char c, double p) { this.c = (byte) c; this.p = p; }
    }

    static final Frequency[] IUB = {
        new Frequency('a', 0.27), new Frequency('c', 0.12), new Frequency('g', 0.12),
        new Frequency('t', 0.27), new Frequency('B', 0.02), new Frequency('D', 0.02),
        new Frequency('H', 0.02), new Frequency('K', 0.02), new Frequency('M', 0.02),
        new Frequency('N', 0.02), new Frequency('R', 0.02), new Frequency('S', 0.02),
        new Frequency('V', 0.02), new Frequency('W', 0.02), new Frequency('Y', 0.02),
    };

    static final Frequency[] HOMO_SAPIENS = {
        new Frequency('a', 0.3029549426680d), new Frequency('c', 0.1979883004921d),
        new Frequency('g', 0.1975473066391d), new Frequency('t', 0.3015094502008d),
    };

    static final byte[] buf = new byte[64 * 1024];
    static int pos = 0;

    static void put(OutputStream out, byte b) throws IOException {
        if (pos == buf.length) flush(out);
        buf[pos++] = b;
    }

    static void flush(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    static void makeCumulative(Frequency[] a) {
        double cp = 0.0;
        for (Frequency f : a) {
            cp += f.p;
            f.p = cp;
        }
    }

    static double random(double max) {
        last = (last * IA + IC) % IM;
        return max * last / IM;
    }

    static void makeRepeatFasta(String id, String desc, String alu, int n, OutputStream out) throws IOException {
        for (byte b : (">" + id + " " + desc + "\n").getBytes()) put(out, b);
        byte[] src = alu.getBytes();
        int k = 0;
        while (n > 0) {
            int m = Math.min(n, LINE_LENGTH);
            for (int i = 0; i < m; i++) {
                if (k == src.length) k = 0;
                put(out, src[k++]);
            }
            put(out, (byte) '\n');
            n -= m;
        }
    }

    static void makeRandomFasta(String id, String desc, Frequency[] a, int n, OutputStream out) throws IOException {
        for (byte b : (">" + id + " " + desc + "\n").getBytes()) put(out, b);
        while (n > 0) {
            int m = n < LINE_LENGTH ? n : LINE_LENGTH;
            for (int i = 0; i < m; i++) {
                double r = random(1.0);
                int j = 0;
                while (r >= a[j].p && j < a.length - 1) j++;
                put(out, a[j].c);
            }
            put(out, (byte) '\n');
            n -= LINE_LENGTH;
        }
    }

    public static void main(String[] args) throws IOException {
        int n = 1000;
        if (args.length > 0) n = Integer.parseInt(args[0]);
        makeCumulative(HOMO_SAPIENS);
        makeCumulative(IUB);
        OutputStream out = System.out;
        makeRepeatFasta("ONE", "Homo sapiens alu", ALU, n * 2, out);
        makeRandomFasta("TWO", "IUB ambiguity codes", IUB, n * 3, out);
        makeRandomFasta("THREE", "Homo sapiens frequency", HOMO_SAPIENS, n * 5, out);
        flush(out);
        out.flush();
    }
}
