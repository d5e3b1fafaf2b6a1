import java.util.regex.Matcher;
import java.util.regex.Pattern;

// matches, lookingAt and find over literals, '.', classes (ranges, negation, union,
// intersection, predefined), quantifiers (greedy, reluctant, possessive, counted).
public class RegexBasics {
    static void all(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append('[').append(m.group()).append('@').append(m.start()).append(']');
        }
        System.out.println(String.format("%-22s %-24s matches=%-5b lookingAt=%-5b find: %s", regex, "\"" + input + "\"",
                Pattern.matches(regex, input), Pattern.compile(regex).matcher(input).lookingAt(), sb));
    }

    public static void main(String[] args) {
        all("abc", "abc");
        all("abc", "xabcabc");
        all("a.c", "abc a-c a\nc");
        all("[aeiou]", "regular expressions");
        all("[^aeiou ]+", "regular expressions");
        all("[a-cx-z]+", "abcdxyz");
        all("[a-z&&[^aeiou]]+", "consonant clusters");
        all("[abc[xyz]]", "axbycz");
        all("\\d+", "a1b22c333");
        all("\\D+", "a1b22c333");
        all("\\w+", "hello_world, foo-bar 42");
        all("\\W", "a.b,c d");
        all("\\s+", "a b\tc\n d");
        all("\\S+", "  lead and trail  ");
        all("[\\d.]+", "3.14 and 2.71");
        all("a*", "baaac");
        all("a+", "baaac");
        all("a?", "baac");
        all("a{2}", "aaaaa");
        all("a{2,3}", "aaaaaaa");
        all("a{2,}", "a aa aaaa");
        all("<.+>", "<b>bold</b>");
        all("<.+?>", "<b>bold</b>");
        all("<[^>]+>", "<b>bold</b>");
        all("\\d+?", "12345");
        all("\\d{2,4}?", "12345");
        all("a*+a", "aaaa");
        all("[a-z]++\\d", "abc1 def");
        all("x*", "");
        all("", "abc");
        all("colou?r", "color colour colouur");
        all("gr[ae]y", "gray grey griy");
        all("\\.", "a.b.c");
        all("\\$\\d+\\.\\d{2}", "cost: $19.99 or $5.00");
        all("[-+]?\\d*\\.?\\d+", "-1.5 +2 .75 3.");
        all("\\t|\\n", "a\tb\nc");
        all("\\x41\\u0042\\0103", "ABC");
        all("\\p{Upper}\\p{Lower}+", "Hello World FOO");
        all("\\p{Punct}", "Hi! How's it going?");
        all("\\p{Alpha}+", "abc123def");
        all("\\p{XDigit}+", "0x1F ge 0xbeef");
        all("[\\p{L}&&[^a-z]]+", "abcDEFghi");
        System.out.println(Pattern.matches("[01]+", "010110") + " " + "2024-01-15".matches("\\d{4}-\\d{2}-\\d{2}")
                + " " + "2024-1-15".matches("\\d{4}-\\d{2}-\\d{2}"));
        // Long inputs and many matches.
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            big.append("word").append(i).append(i % 7 == 0 ? ", " : " ");
        }
        Matcher m = Pattern.compile("word(\\d*7)\\b").matcher(big);
        int count = 0;
        long sum = 0;
        while (m.find()) {
            count++;
            sum += Integer.parseInt(m.group(1));
        }
        System.out.println(count + " words ending in 7, sum " + sum);
        System.out.println(Pattern.compile("(a|aa)+b").matcher("aaaaaaaaaaaaaaaaaaaaaaaaaaaaac").find());
    }
}
