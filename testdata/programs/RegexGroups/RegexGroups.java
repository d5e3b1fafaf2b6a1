import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Capturing groups: numbered, nested, optional (null), repeated (last iteration), named,
// non-capturing, back references (numbered and named), start/end of groups, groupCount.
public class RegexGroups {
    static void groups(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        System.out.println(regex + " on \"" + input + "\" (" + m.groupCount() + " groups)");
        while (m.find()) {
            StringBuilder sb = new StringBuilder("  match [" + m.group() + "] " + m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append(" | ").append(g).append('=');
                sb.append(m.group(g) == null ? "null" : "[" + m.group(g) + "]@" + m.start(g) + "-" + m.end(g));
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        groups("(\\d{4})-(\\d{2})-(\\d{2})", "from 2024-01-15 to 2024-12-31");
        groups("((a)(b(c)))", "abc abc");
        groups("(a)?(b)", "ab b");
        groups("(\\w)+", "abc de");
        groups("(?:ab)+(c)", "ababc abc");
        groups("(a|b)*c", "abac c");
        groups("(\\w+)@(\\w+)\\.(com|org)", "mail ada@math.org or alan@cs.com now");
        groups("(\\w)\\1", "hello bookkeeper");
        groups("\\b(\\w+)\\s+\\1\\b", "the the cat sat sat down down");
        groups("(?<year>\\d{4})/(?<month>\\d{2})", "1999/12 2000/01");
        groups("(?<tag>[a-z]+)>.*?</\\k<tag>", "<b>x</b> <i>y</i>");
        groups("(a(b)?)+", "aab");
        groups("()x", "x");
        groups("(x*)(y*)", "xxy");

        Matcher m = Pattern.compile("(?<key>\\w+)=(?<value>[^;]*)").matcher("name=Ada;lang=;year=1843");
        while (m.find()) {
            System.out.println(m.group("key") + " -> [" + m.group("value") + "] at " + m.start("value") + "-"
                    + m.end("value"));
        }
        try {
            m.group("missing");
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        Matcher again = Pattern.compile("(?<key>\\w+)").matcher("x");
        again.find();
        try {
            again.group("nope");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            again.group(2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            again.start(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }

        // Back references to groups that did not participate fail to match.
        System.out.println(Pattern.matches("(a)?b\\1", "b") + " " + Pattern.matches("(a)?b\\1", "aba")
                + " " + Pattern.matches("(?i)(a)\\1", "aA") + " " + Pattern.matches("(a)\\1", "aA"));
        // \11 means group 11 only if there are 11 groups; otherwise group 1 and a '1'.
        System.out.println(Pattern.matches("(a)\\11", "aa1") + " "
                + Pattern.matches("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", "abcdefghijkk"));
    }
}
