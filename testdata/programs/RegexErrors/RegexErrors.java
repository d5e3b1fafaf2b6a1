import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

// PatternSyntaxException's description, index and multi-line message for common mistakes,
// and the Matcher's IllegalStateException/IndexOutOfBoundsException misuse errors.
public class RegexErrors {
    static void compile(String regex) {
        try {
            Pattern.compile(regex);
            System.out.println("ok: " + regex);
        } catch (PatternSyntaxException e) {
            System.out.println("--- " + regex);
            System.out.println(e.getMessage());
            System.out.println("description=" + e.getDescription() + " index=" + e.getIndex() + " pattern="
                    + e.getPattern());
        }
    }

    public static void main(String[] args) {
        String[] bad = { "(", "(abc", "abc)", ")", "[abc", "[", "[]", "*abc", "a**", "+", "?x", "a{2,1}", "a{", "{",
                "a{1,", "a{x}", "\\", "x\\", "\\k<name>", "(?<1x>a)", "(?<a>x)(?<a>y)", "[z-a]", "\\p{Nope}",
                "\\xZZ", "\\u12", "(?q)", "\\q", "a|*", "(?<name", "\\0", "[a-\\d]", "\\x{110000}" };
        for (String regex : bad) {
            compile(regex);
        }
        String[] good = { "[]a]", "[^]a]", "a{2}{3}", "\\Qa(b\\E", "a{,3}x".substring(5), "x{2,}", "[a-]", "[-a]",
                "\\8", "(?i)", "(?<=a*)b", "a++" };
        for (String regex : good) {
            compile(regex);
        }
        try {
            Pattern.compile("(unclosed");
        } catch (IllegalArgumentException e) {
            System.out.println("is an IllegalArgumentException: " + (e instanceof PatternSyntaxException));
        }

        Matcher m = Pattern.compile("(a)(b)?").matcher("xa");
        try {
            m.group();
        } catch (IllegalStateException e) {
            System.out.println("before find: " + e);
        }
        try {
            m.start();
        } catch (IllegalStateException e) {
            System.out.println("before find: " + e);
        }
        System.out.println(m.find() + " " + m.group() + " " + m.group(2) + " " + m.start(2));
        try {
            m.group(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        System.out.println(m.find());
        try {
            m.end();
        } catch (IllegalStateException e) {
            System.out.println("after failed find: " + e);
        }
        try {
            m.find(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            m.region(2, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            m.usePattern(null);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            "abc".split(null);
        } catch (NullPointerException e) {
            System.out.println("split(null): NullPointerException");
        }
        try {
            "abc".matches("[");
        } catch (PatternSyntaxException e) {
            System.out.println("matches: " + e.getDescription());
        }
    }
}
