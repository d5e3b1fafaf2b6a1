// String transformations: replace (char and CharSequence), trim/strip family, case
// conversion, split (literals and the simple regex \\s+, with limits), String.join, repeat,
// chars().sum(), lines via split.
public class StringTransform {
    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder();
        sb.append(parts.length).append(':');
        for (String p : parts) sb.append('[').append(p).append(']');
        return sb.toString();
    }

    public static void main(String[] args) {
        String s = "the quick brown fox jumps over the lazy dog";
        System.out.println("replace char " + s.replace('o', '0'));
        System.out.println("replace seq " + s.replace("the", "THE"));
        System.out.println("replace empty " + "abc".replace("", "-"));
        System.out.println("replace missing " + s.replace("cat", "dog").equals(s));
        System.out.println("upper " + s.toUpperCase());
        System.out.println("lower " + "MiXeD CaSe 123 \u00c4\u00d6\u00dc".toLowerCase());
        System.out.println("upper non-ascii " + "stra\u00dfe \u00e9t\u00e9".toUpperCase());
        String padded = "  \t padded text \n ";
        System.out.println("trim [" + padded.trim() + "]");
        System.out.println("strip [" + padded.strip() + "]");
        System.out.println("stripLeading [" + padded.stripLeading() + "]");
        System.out.println("stripTrailing [" + padded.stripTrailing() + "]");
        System.out.println("trim no-op same object " + ("abc".trim() == "abc"));

        System.out.println("split space " + show(s.split(" ")));
        System.out.println("split \\s+ " + show("  a  b\t\tc \n d  ".split("\\s+")));
        System.out.println("split comma " + show("1,2,,3,,".split(",")));
        System.out.println("split comma -1 " + show("1,2,,3,,".split(",", -1)));
        System.out.println("split comma 2 " + show("1,2,,3,,".split(",", 2)));
        System.out.println("split dot " + show("a.b.c".split("\\.")));
        System.out.println("split pipe " + show("x|y|z".split("\\|")));
        System.out.println("split none " + show("abc".split(",")));
        System.out.println("split empty " + show("".split(",")));
        System.out.println("split chars " + show("abc".split("")));

        System.out.println("join " + String.join("-", "a", "b", "c"));
        System.out.println("join array " + String.join(", ", s.split(" ")));
        System.out.println("join empty " + String.join("/") + "|");
        System.out.println("repeat " + "ab".repeat(3) + " [" + "x".repeat(0) + "] " + "-".repeat(10));
        System.out.println("chars sum " + "abc".chars().sum() + " " + s.chars().sum());

        // word statistics without collections
        String[] words = s.split(" ");
        String longest = "";
        int totalLen = 0;
        for (String w : words) {
            totalLen += w.length();
            if (w.length() > longest.length()) longest = w;
        }
        System.out.println("words " + words.length + " longest " + longest + " total " + totalLen);
        // capitalize each word
        StringBuilder cap = new StringBuilder();
        for (String w : words) {
            if (cap.length() > 0) cap.append(' ');
            cap.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        System.out.println("capitalized " + cap);
        // reverse words
        StringBuilder rev = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) {
            rev.append(words[i]);
            if (i > 0) rev.append(' ');
        }
        System.out.println("reversed words " + rev);
        // palindromes
        String[] pals = { "racecar", "A man a plan a canal Panama", "hello", "", "x" };
        for (String p : pals) {
            String norm = p.replace(" ", "").toLowerCase();
            boolean isPal = new StringBuilder(norm).reverse().toString().equals(norm);
            System.out.println("palindrome [" + p + "] " + isPal);
        }
        // lines
        String text = "line one\nline two\n\nline four\n";
        String[] lines = text.split("\n");
        System.out.println("lines " + show(lines));
        System.out.println("indent-ish " + "abc".replace("b", "\tb"));
        System.out.println("toLowerCase same object " + ("abc".toLowerCase() == "abc"));
    }
}
