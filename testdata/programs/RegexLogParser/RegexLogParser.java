import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Parses a web server log from standard input with a regular expression, then prints a
// report with printf: requests per status, bytes per path, slow requests, bad lines.
public class RegexLogParser {
    private static final Pattern LINE = Pattern.compile(
            "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) - (?<user>\\S+) \\[(?<time>[^\\]]+)\\] "
                    + "\"(?<method>GET|POST|PUT|DELETE) (?<path>/\\S*) HTTP/1\\.[01]\" (?<status>[1-5]\\d\\d) "
                    + "(?<bytes>\\d+|-) (?<ms>\\d+)ms$");

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Long> bytesByPath = new TreeMap<>();
        int bad = 0;
        int total = 0;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            total++;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                bad++;
                System.out.printf("bad line %d: %.30s%s%n", total, line, line.length() > 30 ? "..." : "");
                continue;
            }
            byStatus.merge(m.group("status"), 1, Integer::sum);
            String path = m.group("path").replaceAll("\\?.*", "").replaceAll("/\\d+", "/{id}");
            long bytes = m.group("bytes").equals("-") ? 0 : Long.parseLong(m.group("bytes"));
            bytesByPath.merge(path, bytes, Long::sum);
            int ms = Integer.parseInt(m.group("ms"));
            if (ms >= 500) {
                System.out.printf("slow: %-6s %-20s %5dms by %s at %s%n", m.group("method"), m.group("path"), ms,
                        m.group("user").equals("-") ? "anonymous" : m.group("user"), m.group("time").split(":", 2)[1]);
            }
        }
        System.out.printf("%n%-8s %5s %7s%n", "status", "count", "share");
        for (Map.Entry<String, Integer> e : byStatus.entrySet()) {
            System.out.printf("%-8s %5d %6.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / total);
        }
        System.out.printf("%n%-20s %12s%n", "path", "bytes");
        for (Map.Entry<String, Long> e : bytesByPath.entrySet()) {
            System.out.printf("%-20s %,12d%n", e.getKey(), e.getValue());
        }
        System.out.printf("%n%d lines, %d unparseable (%.2f%%)%n", total, bad, 100.0 * bad / total);
    }
}
