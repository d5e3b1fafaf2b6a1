// String basics: length, charAt, substring, indexOf/lastIndexOf family, equals,
// equalsIgnoreCase, compareTo, compareToIgnoreCase, startsWith/endsWith/contains,
// isEmpty/isBlank, toCharArray, regionMatches, concat.
public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World! Hello, Java!";
        System.out.println("length " + s.length());
        System.out.println("charAt 0 " + s.charAt(0) + " 7 " + s.charAt(7) + " last " + s.charAt(s.length() - 1));
        System.out.println("substring(7) [" + s.substring(7) + "]");
        System.out.println("substring(7,12) [" + s.substring(7, 12) + "]");
        System.out.println("substring(0,0) [" + s.substring(0, 0) + "]");
        System.out.println("substring(len) [" + s.substring(s.length()) + "]");
        System.out.println("subSequence(0,5) [" + s.subSequence(0, 5) + "]");
        System.out.println("indexOf('o') " + s.indexOf('o'));
        System.out.println("indexOf('o', 5) " + s.indexOf('o', 5));
        System.out.println("indexOf('z') " + s.indexOf('z'));
        System.out.println("indexOf(\"Hello\") " + s.indexOf("Hello"));
        System.out.println("indexOf(\"Hello\", 1) " + s.indexOf("Hello", 1));
        System.out.println("indexOf(\"\") " + s.indexOf(""));
        System.out.println("indexOf(\"\", 100) " + s.indexOf("", 100));
        System.out.println("indexOf('H', -5) " + s.indexOf('H', -5));
        System.out.println("lastIndexOf('o') " + s.lastIndexOf('o'));
        System.out.println("lastIndexOf('o', 10) " + s.lastIndexOf('o', 10));
        System.out.println("lastIndexOf(\"Hello\") " + s.lastIndexOf("Hello"));
        System.out.println("lastIndexOf(\"Hello\", 13) " + s.lastIndexOf("Hello", 13));
        System.out.println("lastIndexOf(\"xyz\") " + s.lastIndexOf("xyz"));
        System.out.println("contains World " + s.contains("World") + " world " + s.contains("world"));
        System.out.println("startsWith Hello " + s.startsWith("Hello") + " World@7 " + s.startsWith("World", 7) + " empty " + s.startsWith(""));
        System.out.println("endsWith Java! " + s.endsWith("Java!") + " Java " + s.endsWith("Java"));

        String[] words = { "apple", "Apple", "APPLE", "banana", "app", "apple ", "", "\u00e4pple", "zebra", "Zebra" };
        for (String a : words) {
            StringBuilder sb = new StringBuilder();
            for (String b : words) {
                int c = a.compareTo(b);
                sb.append(c < 0 ? '<' : c > 0 ? '>' : '=');
                sb.append(Integer.signum(a.compareToIgnoreCase(b)) + 1);
                sb.append(a.equals(b) ? 'E' : '-');
                sb.append(a.equalsIgnoreCase(b) ? 'I' : '-');
                sb.append(' ');
            }
            System.out.println("[" + a + "] " + sb);
        }
        System.out.println("compareTo values " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " "
                + "abc".compareTo("ab") + " " + "ab".compareTo("abcd") + " " + "A".compareTo("a") + " " + "a".compareToIgnoreCase("B"));
        System.out.println("equals null " + "x".equals(null) + " equals Integer " + "1".equals(1));
        System.out.println("isEmpty " + "".isEmpty() + " " + " ".isEmpty() + " isBlank " + " \t\n".isBlank() + " " + " a ".isBlank());
        char[] cs = "chars".toCharArray();
        cs[0] = 'C';
        System.out.println("toCharArray " + new String(cs) + " " + cs.length);
        System.out.println("new String(char[],1,3) " + new String(cs, 1, 3));
        System.out.println("String.copyValueOf " + String.copyValueOf(cs));
        System.out.println("regionMatches " + s.regionMatches(7, "World", 0, 5) + " " + s.regionMatches(true, 7, "WORLD", 0, 5)
                + " " + s.regionMatches(7, "WORLD", 0, 5));
        System.out.println("concat " + "abc".concat("def") + " " + "abc".concat(""));
        System.out.println("charAt loop:");
        String word = "Mississippi";
        int[] counts = new int[128];
        for (int i = 0; i < word.length(); i++) counts[word.charAt(i)]++;
        for (char c = 'A'; c <= 'z'; c++) {
            if (counts[c] > 0) System.out.println("  " + c + " x" + counts[c]);
        }
        System.out.println("indexOf all 'ss':");
        int from = 0;
        while ((from = word.indexOf("ss", from)) >= 0) {
            System.out.println("  at " + from);
            from++;
        }
        try {
            s.charAt(100);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt(100): " + e.getMessage());
        }
        try {
            s.substring(5, 2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring(5,2): " + e.getMessage());
        }
        try {
            s.substring(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("substring(-1): " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
