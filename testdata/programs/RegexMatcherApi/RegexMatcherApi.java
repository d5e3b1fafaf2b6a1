import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

// The rest of Matcher: regions and their bounds, reset, usePattern, find(int),
// toMatchResult, results(), hitEnd, toString, and matching over a StringBuilder.
public class RegexMatcherApi {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("\\d+").matcher("a12b345c6789");
        System.out.println(m);
        System.out.println(m.find() + " " + m.group() + " " + m);
        MatchResult saved = m.toMatchResult();
        System.out.println(m.find() + " " + m.group() + " saved=" + saved.group() + "@" + saved.start() + "-"
                + saved.end() + " groups=" + saved.groupCount());
        m.reset();
        System.out.println("after reset: " + m.find() + " " + m.group());
        System.out.println("find(5): " + m.find(5) + " " + m.group() + " then " + m.find() + " " + m.group());
        System.out.println("find(12): " + m.find(12));

        // Regions: matching only inside [start, end).
        m.region(2, 8);
        System.out.println(m.regionStart() + "-" + m.regionEnd() + " " + m.lookingAt() + " " + m.matches());
        m.region(4, 7);
        System.out.println(m.lookingAt() + " " + m.group() + " " + m.matches() + " " + m.group());
        Matcher anchored = Pattern.compile("^\\d+$").matcher("ab123cd");
        anchored.region(2, 5);
        System.out.println("anchoring bounds: " + anchored.hasAnchoringBounds() + " " + anchored.find());
        anchored.useAnchoringBounds(false);
        anchored.region(2, 5);
        System.out.println("without: " + anchored.find());
        Matcher bounded = Pattern.compile("\\b\\d+\\b").matcher("ab123cd");
        bounded.region(2, 5);
        System.out.println("opaque bounds: " + bounded.hasTransparentBounds() + " " + bounded.find());
        bounded.useTransparentBounds(true);
        bounded.region(2, 5);
        System.out.println("transparent: " + bounded.find());

        // usePattern keeps the position.
        Matcher words = Pattern.compile("[a-z]+").matcher("abc 123 def");
        words.find();
        words.usePattern(Pattern.compile("\\d+"));
        System.out.println(words.find() + " " + words.group() + " " + words.pattern());

        // hitEnd: whether more input could have changed the result.
        Matcher h = Pattern.compile("abc").matcher("xxab");
        System.out.println(h.find() + " hitEnd=" + h.hitEnd());
        h = Pattern.compile("a+").matcher("baaa");
        System.out.println(h.find() + " hitEnd=" + h.hitEnd());
        h = Pattern.compile("a+").matcher("baab");
        System.out.println(h.find() + " hitEnd=" + h.hitEnd());

        // results() as a stream of MatchResults.
        List<String> found = Pattern.compile("(\\w)(\\d)").matcher("a1 b2 c3 dd").results()
                .map(r -> r.group(2) + r.group(1) + "@" + r.start()).collect(Collectors.toList());
        System.out.println(found);
        System.out.println(Pattern.compile("o").matcher("foo boo").results().count());

        // Any CharSequence can be matched, and reset(input) switches to another one.
        StringBuilder sb = new StringBuilder("first 1 second 22");
        Matcher cs = Pattern.compile("\\d+").matcher(sb);
        System.out.println(cs.find() + " " + cs.group());
        cs.reset("third 333");
        System.out.println(cs.find() + " " + cs.group() + " " + cs.replaceAll("#"));

        // asPredicate / asMatchPredicate.
        Pattern digits = Pattern.compile("\\d+");
        System.out.println(digits.asPredicate().test("ab12") + " " + digits.asMatchPredicate().test("ab12") + " "
                + digits.asMatchPredicate().test("12"));
        System.out.println(List.of("a1", "bb", "22", "c").stream().filter(digits.asPredicate()).collect(Collectors.toList()));
    }
}
