import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.stream.Collectors;

// BufferedReader and StringReader: line endings (\n, \r, \r\n), read() and read(char[]),
// skip, mark and reset, ready, lines(), small buffers, and reading after close.
public class BufferedReaderString {
    static String show(String s) {
        return s == null ? "null" : "[" + s.replace("\r", "\\r").replace("\n", "\\n") + "]";
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new StringReader("unix\nmac\rwindows\r\n\r\nlast"));
        String line;
        while ((line = br.readLine()) != null) {
            System.out.print(show(line));
        }
        System.out.println(" then " + show(br.readLine()));

        // A tiny buffer makes \r\n straddle buffer boundaries.
        for (int size = 1; size <= 4; size++) {
            BufferedReader small = new BufferedReader(new StringReader("ab\r\ncd\r\r\nef\n"), size);
            StringBuilder sb = new StringBuilder();
            while ((line = small.readLine()) != null) {
                sb.append(show(line));
            }
            System.out.println("size " + size + ": " + sb);
        }

        // Single chars and char arrays.
        BufferedReader chars = new BufferedReader(new StringReader("hello, reader"));
        System.out.println((char) chars.read() + "" + (char) chars.read());
        char[] buf = new char[5];
        int n = chars.read(buf, 0, 5);
        System.out.println(n + " " + show(new String(buf, 0, n)));
        System.out.println("skipped " + chars.skip(2) + ", ready " + chars.ready());
        chars.mark(100);
        System.out.println(show(chars.readLine()));
        chars.reset();
        System.out.println("after reset: " + (char) chars.read());
        System.out.println(chars.read(buf) + " " + chars.read(buf) + " " + chars.read(buf));

        // mark/reset with a read-ahead limit beyond the buffer.
        BufferedReader marked = new BufferedReader(new StringReader("0123456789abcdef"), 4);
        marked.mark(10);
        char[] eight = new char[8];
        System.out.println(marked.read(eight) + " " + new String(eight));
        marked.reset();
        System.out.println("reset to " + (char) marked.read());
        marked.mark(2);
        marked.skip(10);
        try {
            marked.reset();
        } catch (IOException e) {
            System.out.println("reset failed: " + e);
        }
        try {
            new BufferedReader(new StringReader("x")).reset();
        } catch (IOException e) {
            System.out.println("reset failed: " + e);
        }

        // lines() as a stream.
        BufferedReader streamed = new BufferedReader(new StringReader("b\na\n\nc\r\nb"));
        System.out.println(streamed.lines().filter(s -> !s.isEmpty()).sorted().distinct().collect(Collectors.joining(",")));

        // StringReader on its own.
        Reader r = new StringReader("abcdef");
        System.out.println(r.markSupported() + " " + (char) r.read() + " skip " + r.skip(2) + " " + (char) r.read()
                + " skip back " + r.skip(-3) + " " + (char) r.read() + " ready " + r.ready());
        r.close();
        try {
            r.read();
        } catch (IOException e) {
            System.out.println("after close: " + e);
        }
        br.close();
        br.close();
        try {
            br.readLine();
        } catch (IOException e) {
            System.out.println("after close: " + e);
        }
        try {
            new BufferedReader(new StringReader(""), 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        System.out.println(show(new BufferedReader(new StringReader("")).readLine()));
        System.out.println(show(new BufferedReader(new StringReader("\n")).readLine()));
    }
}
