import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

// String.split and Pattern.split: literal and regex delimiters, limits (positive, zero,
// negative), leading and trailing empty strings, zero-width delimiters, splitAsStream.
public class RegexSplit {
    static void split(String s, String regex) {
        System.out.println(String.format("%-22s %-10s 0:%s 2:%s -1:%s", "\"" + s.replace("\n", "\\n") + "\"", regex,
                Arrays.toString(s.split(regex)), Arrays.toString(s.split(regex, 2)), Arrays.toString(s.split(regex, -1))));
    }

    public static void main(String[] args) {
        split("a,b,c", ",");
        split("a,,b,,", ",");
        split(",a,b", ",");
        split("", ",");
        split(",", ",");
        split(",,,", ",");
        split("no delimiter", ",");
        split("a b  c   d", " ");
        split("a b  c   d", " +");
        split("  lead and trail  ", "\\s+");
        split("a1b22c333d", "\\d+");
        split("a.b.c", ".");
        split("a.b.c", "\\.");
        split("a|b|c", "\\|");
        split("a|b|c", "|");
        split("key=value=more", "=");
        split("abc", "");
        split("CamelCaseWords", "(?=[A-Z])");
        split("one1two22three", "(?<=\\d)(?=\\D)");
        split("x--y---z", "-{2,}");
        split("line1\nline2\r\nline3", "\\R");
        split("a;b,c d", "[;, ]");
        split("tab\tseparated\tvalues", "\t");
        split("1 + 2 * 3", "\\s*[+*]\\s*");

        System.out.println(Arrays.toString(Pattern.compile(",").split("a,b,c,,", 3)));
        System.out.println(Arrays.toString(Pattern.compile(",").split("a,b,c,,", 10)));
        System.out.println(Arrays.toString(Pattern.compile("\\s").split("a b c")));
        System.out.println(Pattern.compile(":").splitAsStream("x:y::z::").collect(Collectors.toList()));
        System.out.println(Pattern.compile(":").splitAsStream("").count());
        // Parse a small CSV-like table.
        String data = "name;age;city\nAda;36;London\nAlan;41;Wilmslow\nGrace;85;Arlington";
        String[] rows = data.split("\n");
        String[] header = rows[0].split(";");
        for (int i = 1; i < rows.length; i++) {
            String[] cols = rows[i].split(";");
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < cols.length; j++) {
                sb.append(header[j]).append('=').append(cols[j]).append(j + 1 < cols.length ? ", " : "");
            }
            System.out.println(sb);
        }
        // Word frequencies.
        String text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
        String[] words = text.toLowerCase().split("[^a-z]+");
        java.util.TreeMap<String, Integer> freq = new java.util.TreeMap<>();
        for (String w : words) {
            freq.merge(w, 1, Integer::sum);
        }
        System.out.println(freq);
    }
}
