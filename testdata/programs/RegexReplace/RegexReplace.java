import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Replacement: String.replaceAll/replaceFirst, $n and ${name} references, escaped \$ and
// \\, quoteReplacement, appendReplacement/appendTail, replaceAll with a function, errors.
public class RegexReplace {
    public static void main(String[] args) {
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println("hello world".replaceAll("o", "0"));
        System.out.println("hello world".replaceFirst("o", "0"));
        System.out.println("a1b22c333".replaceAll("\\d+", "#"));
        System.out.println("a1b22c333".replaceAll("\\d", "<$0>"));
        System.out.println("  trim   inner   spaces  ".replaceAll("\\s+", " ").trim());
        System.out.println("John Smith".replaceAll("(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"));
        System.out.println("price: 10".replaceAll("\\d+", "\\$$0.00"));
        System.out.println("path/to/file".replaceAll("/", "\\\\"));
        System.out.println("x".replaceAll("x", Matcher.quoteReplacement("$1 \\ literal")));
        System.out.println("aaa".replaceAll("a*", "-"));
        System.out.println("abc".replaceAll("", "."));
        System.out.println("camelCaseString".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println("(a)(b)".replaceAll("[()]", ""));
        System.out.println("a.b.c".replace(".", "::") + " " + "a.b.c".replaceAll(".", "-"));
        System.out.println("group 10: abcdefghijk".replaceAll("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "$10-$11-$12"));

        // appendReplacement/appendTail: a word-capitalizer.
        Matcher m = Pattern.compile("\\b([a-z])(\\w*)").matcher("the quick brown fox, again.");
        StringBuffer sb = new StringBuffer();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1).toUpperCase() + "$2");
        }
        m.appendTail(sb);
        System.out.println(sb);
        StringBuilder sb2 = new StringBuilder();
        Matcher n = Pattern.compile("\\d+").matcher("1 plus 2 is 3");
        while (n.find()) {
            n.appendReplacement(sb2, String.valueOf(Integer.parseInt(n.group()) * 10));
        }
        System.out.println(n.appendTail(sb2));

        // replaceAll with a function of the match.
        System.out.println(Pattern.compile("\\d+").matcher("3 apples and 12 pears")
                .replaceAll(r -> String.valueOf(Integer.parseInt(r.group()) * 2)));
        System.out.println(Pattern.compile("[aeiou]").matcher("functional").replaceFirst(r -> r.group().toUpperCase()));

        // Bad replacement strings.
        String[] bad = { "$", "\\", "$x", "${", "${}", "${nope}", "$2" };
        for (String r : bad) {
            try {
                System.out.println("ok " + "abc".replaceAll("(b)", r));
            } catch (RuntimeException e) {
                System.out.println(r + " -> " + e);
            }
        }
        try {
            Pattern.compile("a").matcher("a").appendReplacement(new StringBuilder(), "x");
        } catch (IllegalStateException e) {
            System.out.println("appendReplacement without a match: " + e);
        }
        // A small template engine.
        String template = "Dear ${name}, your order #${id} ships on ${date}.";
        String[][] values = { { "name", "Ada" }, { "id", "1843" }, { "date", "Monday" } };
        Matcher t = Pattern.compile("\\$\\{(\\w+)\\}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            String value = "?";
            for (String[] kv : values) {
                if (kv[0].equals(t.group(1))) {
                    value = kv[1];
                }
            }
            t.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        System.out.println(t.appendTail(out));
    }
}
