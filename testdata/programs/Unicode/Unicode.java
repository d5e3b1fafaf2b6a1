// Non-ASCII text: Latin-1, CJK, a supplementary character (emoji, a surrogate pair),
// the NUL character, escapes, code points vs chars, Character classification, and
// printing them through System.out (UTF-8).
public class Unicode {
    public static void main(String[] args) {
        String latin = "caf\u00e9 na\u00efve \u00fcber";
        String cjk = "\u4e2d\u6587\u5b57";
        String emoji = "smile \uD83D\uDE00!";
        String greek = "\u0391\u03b2\u03b3 \u03a9";
        String withNul = "a\0b";
        System.out.println(latin + " length " + latin.length());
        System.out.println(cjk + " length " + cjk.length());
        System.out.println(emoji + " length " + emoji.length() + " codePoints " + emoji.codePointCount(0, emoji.length()));
        System.out.println(greek + " upper " + greek.toUpperCase() + " lower " + greek.toLowerCase());
        System.out.println("nul string length " + withNul.length() + " char1 " + (int) withNul.charAt(1) + " indexOf " + withNul.indexOf('\0'));
        System.out.println("raw nul: " + withNul);
        System.out.println("text after nul is still printed");
        int idx = emoji.indexOf("\uD83D\uDE00");
        System.out.println("emoji at " + idx + " codePointAt " + Integer.toHexString(emoji.codePointAt(idx))
                + " high " + Integer.toHexString(emoji.charAt(idx)) + " low " + Integer.toHexString(emoji.charAt(idx + 1)));
        System.out.println("isHighSurrogate " + Character.isHighSurrogate(emoji.charAt(idx)) + " isLowSurrogate "
                + Character.isLowSurrogate(emoji.charAt(idx + 1)) + " isSupplementary " + Character.isSupplementaryCodePoint(0x1F600));
        System.out.println("toChars " + new String(Character.toChars(0x1F680)) + " charCount " + Character.charCount(0x1F680));
        System.out.println("from code point " + new String(new int[] { 0x48, 0x49, 0x1F44B }, 0, 3));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < emoji.length(); ) {
            int cp = emoji.codePointAt(i);
            sb.append(Integer.toHexString(cp)).append(' ');
            i += Character.charCount(cp);
        }
        System.out.println("code points " + sb);
        String all = latin + cjk + emoji + greek;
        int letters = 0, upper = 0, lower = 0, digits = 0, spaces = 0;
        for (int i = 0; i < all.length(); i++) {
            char ch = all.charAt(i);
            if (Character.isLetter(ch)) letters++;
            if (Character.isUpperCase(ch)) upper++;
            if (Character.isLowerCase(ch)) lower++;
            if (Character.isDigit(ch)) digits++;
            if (Character.isWhitespace(ch)) spaces++;
        }
        System.out.println("letters " + letters + " upper " + upper + " lower " + lower + " digits " + digits + " spaces " + spaces);
        System.out.println("hash " + latin.hashCode() + " " + cjk.hashCode() + " " + emoji.hashCode() + " " + withNul.hashCode());
        System.out.println("compare " + "\u00e9".compareTo("e") + " " + "\u4e2d".compareTo("\uD83D\uDE00"));
        System.out.println("escapes tab[\t] quote[\"] apostrophe['] backslash[\\] unicode[\u0041]");
        char[] arr = { '\u00e9', '\u4e2d', 'x' };
        System.out.println("char array " + new String(arr) + " " + arr.length);
        System.out.println("isLetter(\u4e2d) " + Character.isLetter('\u4e2d') + " isDigit(\u0663) "
                + Character.isDigit('\u0663') + " numeric " + Character.getNumericValue('\u0663'));
        System.out.println("reverse " + new StringBuilder(emoji).reverse());
        System.out.println("substring of emoji " + emoji.substring(6, 8) + " equals " + emoji.substring(6, 8).equals("\uD83D\uDE00"));
    }
}
