// Reverse-complement: read FASTA from stdin, write each sequence's reverse complement.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

public class ReverseComplement {
    static final byte[] MAP = new byte[128];
    static {
        for (int i = 0; i < MAP.length; i++) MAP[i] = (byte) i;
        String from = "ACGTUMRWSYKVHDBN";
        String to = "TGCAAKYWSRMBDHVN";
        for (int i = 0; i < from.length(); i++) {
            char f = from.charAt(i), t = to.charAt(i);
            MAP[f] = (byte) t;
            MAP[Character.toLowerCase(f)] = (byte) t;
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        byte[] all = new byte[0];
        int len = 0, n;
        while ((n = in.read(buf)) != -1) {
            if (len + n > all.length) all = java.util.Arrays.copyOf(all, Math.max(all.length * 2, len + n));
            System.arraycopy(buf, 0, all, len, n);
            len += n;
        }
        return java.util.Arrays.copyOf(all, len);
    }

    static void writeSequence(byte[] seq, int len, OutputStream out) throws IOException {
        // reverse and complement in place
        for (int i = 0, j = len - 1; i <= j; i++, j--) {
            byte a = MAP[seq[i]], b = MAP[seq[j]];
            seq[i] = b;
            seq[j] = a;
        }
        for (int i = 0; i < len; i += 60) {
            out.write(seq, i, Math.min(60, len - i));
            out.write('\n');
        }
    }

    public static void main(String[] args) throws IOException {
        byte[] data = readAll(System.in);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        byte[] seq = new byte[data.length];
        int seqLen = 0;
        int i = 0;
        while (i < data.length) {
            if (data[i] == '>') {
                if (seqLen > 0) writeSequence(seq, seqLen, out);
                seqLen = 0;
                int start = i;
                while (i < data.length && data[i] != '\n') i++;
                out.write(data, start, i - start);
                out.write('\n');
                i++;
            } else {
                byte b = data[i++];
                if (b != '\n') seq[seqLen++] = b;
            }
        }
        if (seqLen > 0) writeSequence(seq, seqLen, out);
        out.writeTo(System.out);
        System.out.flush();
    }
}
