import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Zero-width constructs: lookahead and lookbehind (positive and negative), word
// boundaries, \A \z \Z \G, atomic groups and possessive quantifiers, \R.
public class RegexLookaround {
    static void finds(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append('[').append(m.group().replace("\n", "\\n")).append('@').append(m.start()).append(']');
        }
        System.out.println(String.format("%-26s on %-28s %s", regex, "\"" + input.replace("\n", "\\n") + "\"", sb));
    }

    public static void main(String[] args) {
        finds("\\w+(?=:)", "key: value, other: thing");
        finds("\\d+(?!px)", "10px 20em 30");
        finds("(?<=\\$)\\d+", "cost $30 or 40");
        finds("(?<!\\$)\\b\\d+", "cost $30 or 40");
        finds("(?<=a|bc)x", "ax bcx cx");
        finds("(?<=a{1,3})b", "aab b");
        finds("q(?=u)", "quit qatar");
        finds("(?=(\\d\\d))", "12345");
        finds("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123");
        finds("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abcdef");
        finds("\\bcat\\b", "cat concat cat's bobcat cat");
        finds("\\Bcat\\B", "cat concatenate cat");
        finds("\\b", "hi there");
        finds("\\Afoo", "foo foo");
        finds("foo\\z", "foo foo\n");
        finds("foo\\Z", "foo foo\n");
        finds("foo$", "foo foo\n");
        finds("\\G\\d", "123a456");
        finds("\\Gab", "ababxab");
        finds("(?>a+)b", "aaab");
        finds("(?>a+)ab", "aaab");
        finds("a++b", "aaab");
        finds("a++ab", "aaab");
        finds("(?>x|xy)z", "xyz xz");
        finds("\\R", "a\nb\r\nc\rd");
        finds("(?<=\\d)(?=(\\d{3})+$)", "1234567");
        System.out.println("1234567890".replaceAll("(?<=\\d)(?=(\\d{3})+$)", ","));
        System.out.println("password1".matches("(?=.*[0-9])(?=.*[a-z])\\S{8,}") + " "
                + "password".matches("(?=.*[0-9])(?=.*[a-z])\\S{8,}"));
        // Lookaround in a loop of find(): overlapping matches.
        Matcher m = Pattern.compile("(?=(aa))").matcher("aaaa");
        int overlapping = 0;
        while (m.find()) {
            overlapping++;
        }
        System.out.println("overlapping aa in aaaa: " + overlapping);
    }
}
