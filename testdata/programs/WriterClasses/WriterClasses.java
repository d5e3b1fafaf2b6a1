import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

// Writers: StringWriter, PrintWriter over a Writer and over System.out (with and without
// autoflush), BufferedWriter.newLine, OutputStreamWriter's UTF-8, append, checkError.
public class WriterClasses {
    public static void main(String[] args) throws IOException {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(1);
        pw.print('c');
        pw.print(2.5);
        pw.print(true);
        pw.print((Object) null);
        pw.print(new char[] { 'x', 'y' });
        pw.println();
        pw.println(42L);
        pw.printf("%05.1f|%s%n", 3.14159, "fmt").format("%x%n", 255);
        pw.append("app").append('!').append("ended", 0, 3).println();
        pw.write("write");
        pw.write('\n');
        pw.write("0123456789", 2, 3);
        pw.write(new char[] { 'a', 'b', 'c' }, 1, 2);
        pw.flush();
        System.out.print(sw);
        System.out.println("<" + sw.getBuffer().length() + " chars>");

        // BufferedWriter collects until flushed.
        StringWriter target = new StringWriter();
        BufferedWriter bw = new BufferedWriter(target, 4);
        bw.write("ab");
        System.out.println("after 2 chars: [" + target + "]");
        bw.write("cdef");
        System.out.println("after 6 chars: [" + target + "]");
        bw.newLine();
        bw.write("ghi", 1, 2);
        bw.flush();
        System.out.println("after flush: [" + target.toString().replace("\n", "\\n") + "]");
        bw.close();
        try {
            bw.write("x");
        } catch (IOException e) {
            System.out.println("write after close: " + e);
        }

        // PrintWriter over System.out: nothing appears until flush.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.println("buffered line 1");
        System.out.println("direct line (printed first)");
        out.println("buffered line 2: héllo wörld, 日本語, emoji \uD83D\uDE00");
        out.flush();
        PrintWriter auto = new PrintWriter(System.out, true);
        auto.print("autoflush print waits... ");
        auto.println("until println");
        auto.printf("printf flushes too%n");
        System.out.println("direct after autoflush");
        auto.flush();

        // OutputStreamWriter encodes UTF-8, including a surrogate pair split across writes.
        Writer osw = new OutputStreamWriter(System.out);
        osw.write("caf\u00e9 ");
        osw.write('\uD83D');
        osw.write('\uDE03');
        osw.write(" done\n");
        osw.flush();

        // Errors are recorded, not thrown.
        PrintWriter closed = new PrintWriter(new StringWriter());
        closed.close();
        closed.println("ignored");
        System.out.println("checkError on closed: " + closed.checkError());
        Writer failing = new Writer() {
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            public void flush() {
            }

            public void close() {
            }
        };
        PrintWriter pf = new PrintWriter(failing);
        System.out.println("before: " + pf.checkError());
        pf.print("x");
        System.out.println("after a failed write: " + pf.checkError());

        StringWriter sized = new StringWriter(4);
        sized.append("abc").append(null).append('d').write("efgh", 1, 2);
        System.out.println(sized);
        Writer nul = Writer.nullWriter();
        nul.write("discarded");
        nul.close();
        try {
            nul.write("x");
        } catch (IOException e) {
            System.out.println("nullWriter after close: " + e);
        }
    }
}
