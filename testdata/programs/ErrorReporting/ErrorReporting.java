import java.io.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;

// Error reports built as strings: printStackTrace into a StringWriter/PrintWriter and a
// ByteArrayOutputStream/PrintStream, cause chains and suppressed exceptions; plus the
// concurrent collectors.
public class ErrorReporting {
    static class ValidationException extends Exception {
        final String field;
        ValidationException(String field, String message, Throwable cause) {
            super(field + ": " + message, cause);
            this.field = field;
        }
    }

    static int parsePositive(String s) throws ValidationException {
        int v;
        try {
            v = toInt(s);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("age", "not a number", e);
        }
        if (v <= 0) throw new ValidationException("age", "must be positive, was " + v, null);
        return v;
    }

    static int toInt(String s) {
        int r = 0;
        for (char c : s.toCharArray()) {
            if (c < '0' || c > '9') throw new IllegalArgumentException("bad digit '" + c + "'");
            r = r * 10 + (c - '0');
        }
        return r;
    }

    static String render(Throwable t) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        t.printStackTrace(pw);
        pw.flush();
        return sw.toString();
    }

    static void level3(int n) {
        if (n == 0) throw new IllegalStateException("deep failure");
        level3(n - 1);
    }

    public static void main(String[] args) throws Exception {
        for (String input : new String[] {"42", "-", "0"}) {
            try {
                System.out.println("ok " + parsePositive(input));
            } catch (ValidationException e) {
                String report = render(e);
                System.out.print(report);
                System.out.println("lines: " + report.lines().count() + ", field " + e.field
                    + ", root cause: " + (e.getCause() == null ? "none" : e.getCause().getMessage()));
            }
        }

        RuntimeException outer = new RuntimeException("outer");
        outer.addSuppressed(new IOException("close failed"));
        try {
            level3(3);
        } catch (IllegalStateException e) {
            outer.initCause(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, "UTF-8");
        outer.printStackTrace(ps);
        System.out.print(bytes.toString("UTF-8"));
        StackTraceElement top = outer.getCause().getStackTrace()[0];
        System.out.println(top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + " " + top.getFileName()
            + " depth=" + outer.getCause().getStackTrace().length);

        // a cycle in the cause chain is printed once
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        System.out.print(render(a).replace("\t", "    "));

        PrintStream utf8 = new PrintStream(new FileOutputStream(FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);
        utf8.println("via PrintStream(out, true, UTF_8): \u00e9\u00e8 \u2713");

        // concurrent collectors (sequential streams)
        List<String> words = List.of("apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date", "apricot");
        ConcurrentMap<Character, List<String>> byLetter = words.stream().collect(Collectors.groupingByConcurrent(w -> w.charAt(0)));
        System.out.println(byLetter + " " + byLetter.getClass().getSimpleName());
        ConcurrentMap<Integer, Long> byLength = words.stream().collect(Collectors.groupingByConcurrent(String::length, Collectors.counting()));
        System.out.println(new TreeMap<>(byLength));
        ConcurrentMap<String, Integer> lengths = words.stream().collect(Collectors.toConcurrentMap(w -> w, String::length));
        System.out.println(lengths);
        ConcurrentMap<Character, String> joined = words.stream().collect(Collectors.toConcurrentMap(w -> w.charAt(0), w -> w, (x, y) -> x + "+" + y));
        System.out.println(joined);
        try {
            words.stream().collect(Collectors.toConcurrentMap(w -> w.length(), w -> w));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        ConcurrentSkipListLikeTreeMap();
    }

    static void ConcurrentSkipListLikeTreeMap() {
        ConcurrentMap<String, Integer> m = Stream.of("x", "y", "z", "x").collect(
            Collectors.toConcurrentMap(s -> s, s -> 1, Integer::sum, ConcurrentHashMap::new));
        System.out.println(m + " " + Collectors.groupingByConcurrent(String::length).characteristics().contains(Collector.Characteristics.CONCURRENT));
    }
}
