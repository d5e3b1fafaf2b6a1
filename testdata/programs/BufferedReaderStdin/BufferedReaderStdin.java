import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

// The usual contest idiom: BufferedReader over InputStreamReader(System.in) for input,
// PrintWriter over BufferedWriter(OutputStreamWriter(System.out)) for output, flushed once.
// Input: n, a line of n numbers, q queries "l r" asking for the sum of a[l..r], then text.
public class BufferedReaderStdin {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        int n = Integer.parseInt(br.readLine().trim());
        String[] parts = br.readLine().trim().split("\\s+");
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + Long.parseLong(parts[i]);
        }
        int q = Integer.parseInt(br.readLine().trim());
        for (int i = 0; i < q; i++) {
            String[] lr = br.readLine().split(" ");
            int l = Integer.parseInt(lr[0]);
            int r = Integer.parseInt(lr[1]);
            out.println(prefix[r + 1] - prefix[l]);
        }
        out.printf("total %d, average %.3f%n", prefix[n], (double) prefix[n] / n);

        // The rest of the input: count lines, words and characters, echo reversed lines.
        int lines = 0;
        int words = 0;
        int chars = 0;
        String line;
        while ((line = br.readLine()) != null) {
            lines++;
            chars += line.length();
            String trimmed = line.trim();
            if (!trimmed.isEmpty()) {
                words += trimmed.split("\\s+").length;
            }
            out.println(new StringBuilder(line).reverse());
        }
        out.println(lines + " lines, " + words + " words, " + chars + " chars");
        out.println("ready at the end: " + br.ready() + ", read(): " + br.read() + ", readLine(): " + br.readLine());
        System.out.println("(printed through System.out before the PrintWriter flushes)");
        out.flush();
        out.close();
        System.out.println("checkError after close: " + out.checkError());
    }
}
