import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Flags: CASE_INSENSITIVE (ASCII and with UNICODE_CASE), MULTILINE anchors, DOTALL,
// COMMENTS, LITERAL, UNIX_LINES, inline (?i) (?m) (?s) (?x) and scoped (?i:...), quote.
public class RegexFlags {
    static String finds(Pattern p, String input) {
        Matcher m = p.matcher(input);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append('[').append(m.group().replace("\n", "\\n")).append('@').append(m.start()).append(']');
        }
        return sb.toString();
    }

    static void show(String regex, int flags, String input) {
        Pattern p = Pattern.compile(regex, flags);
        System.out.println(regex.replace("\n", "\\n") + " flags=" + p.flags() + " on \"" + input.replace("\n", "\\n")
                + "\": " + finds(p, input));
    }

    public static void main(String[] args) {
        show("hello", 0, "Hello HELLO hello");
        show("hello", Pattern.CASE_INSENSITIVE, "Hello HELLO hello");
        show("(?i)hello", 0, "Hello HELLO hello");
        show("[a-c]+", Pattern.CASE_INSENSITIVE, "xAbCx");
        show("[^a-c]+", Pattern.CASE_INSENSITIVE, "xAbCx");
        show("é", Pattern.CASE_INSENSITIVE, "é É");
        show("é", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "é É");
        show("(?iu)straße", 0, "STRAßE straße");
        show("^\\w+", 0, "first line\nsecond line\nthird");
        show("^\\w+", Pattern.MULTILINE, "first line\nsecond line\nthird");
        show("\\w+$", Pattern.MULTILINE, "first line\nsecond line\nthird");
        show("(?m)^$", 0, "a\n\nb\n");
        show("$", 0, "line\n");
        show("(?m)$", 0, "a\r\nb");
        show("a.b", 0, "a\nb a-b");
        show("a.b", Pattern.DOTALL, "a\nb a-b");
        show("(?s)<.*>", 0, "<a\nb>");
        show("(?x) \\d+ # digits\n - \\d+ # more", 0, "call 555-1234 now");
        show("(?x)[ a ]", 0, "a b");
        show("a b", Pattern.COMMENTS, "ab a b");
        show("a.b*", Pattern.LITERAL, "aab a.b* a.bb");
        show("A.B", Pattern.LITERAL | Pattern.CASE_INSENSITIVE, "a.b A.B axb");
        show(".", Pattern.UNIX_LINES, "a\rb\n");
        show("(?d)^b", Pattern.MULTILINE, "a\rb\nb");
        show("a(?i)b(?-i)c", 0, "abc aBc aBC");
        show("a(?i:b)c", 0, "abc aBc aBC");
        show("(?i)a(?-i:b)c", 0, "AbC ABC");
        show("(?i)x|y", 0, "X Y");
        show("(a(?i)b)c", 0, "aBc aBC");

        String special = "1+1=2? (yes) [really] $5 ^_^ a\\b";
        Pattern q = Pattern.compile(Pattern.quote(special));
        System.out.println(Pattern.quote(special) + " -> " + q.matcher("say " + special + "!").find());
        System.out.println(Pattern.quote("a\\Eb") + " " + Pattern.matches(Pattern.quote("a\\Eb"), "a\\Eb"));
        System.out.println(Pattern.compile("x", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).flags() + " "
                + Pattern.compile("(?i)x").flags() + " " + Pattern.compile("[a-z]+", Pattern.DOTALL).pattern()
                + " " + Pattern.compile("a|b"));
        try {
            Pattern.compile("x", 0x1000);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
