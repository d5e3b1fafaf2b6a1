// java.lang.Character: classification, case mapping, digits in radixes, numeric values,
// forDigit, constants, and the Character box.
public class CharacterMethods {
    public static void main(String[] args) {
        String sample = "aZ09 _$\t\n!\u00e9\u00c9\u00df\u4e2d\u0663\u00bd\u2167";
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            System.out.println("U+" + Integer.toHexString(c) + " letter " + Character.isLetter(c) + " digit " + Character.isDigit(c)
                    + " letterOrDigit " + Character.isLetterOrDigit(c) + " alpha " + Character.isAlphabetic(c)
                    + " upper " + Character.isUpperCase(c) + " lower " + Character.isLowerCase(c)
                    + " space " + Character.isWhitespace(c) + " spaceChar " + Character.isSpaceChar(c)
                    + " javaStart " + Character.isJavaIdentifierStart(c) + " javaPart " + Character.isJavaIdentifierPart(c)
                    + " toUpper U+" + Integer.toHexString(Character.toUpperCase(c)) + " toLower U+" + Integer.toHexString(Character.toLowerCase(c))
                    + " numeric " + Character.getNumericValue(c) + " digit16 " + Character.digit(c, 16) + " type " + Character.getType(c));
        }
        for (char c = 'a'; c <= 'z'; c += 5) {
            System.out.println(c + " upper " + Character.toUpperCase(c) + " digit36 " + Character.digit(c, 36) + " numeric "
                    + Character.getNumericValue(c));
        }
        for (int d = 0; d < 36; d += 7) {
            System.out.println("forDigit " + d + " radix36 " + Character.forDigit(d, 36) + " radix10 " + (int) Character.forDigit(d, 10));
        }
        System.out.println("MIN/MAX " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " MIN_RADIX " + Character.MIN_RADIX
                + " MAX_RADIX " + Character.MAX_RADIX + " MAX_CODE_POINT " + Character.MAX_CODE_POINT);
        Character boxed = 'x';
        System.out.println("box " + boxed.charValue() + " compareTo " + boxed.compareTo('y') + " equals " + boxed.equals('x')
                + " hash " + boxed.hashCode() + " compare " + Character.compare('b', 'a'));
        System.out.println("toString " + Character.toString('q') + " valueOf " + Character.valueOf('q') + " isDefined "
                + Character.isDefined('a') + " isISOControl " + Character.isISOControl('\n') + " " + Character.isISOControl('a'));
        System.out.println("codepoint upper " + Integer.toHexString(Character.toUpperCase(0x10428)) + " isLetter " + Character.isLetter(0x10428)
                + " isValid " + Character.isValidCodePoint(0x110000) + " toCodePoint " + Integer.toHexString(Character.toCodePoint('\uD83D', '\uDE00')));
        // caesar cipher using char arithmetic
        String plain = "Hello, World! xyz";
        StringBuilder enc = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if (Character.isUpperCase(c)) enc.append((char) ('A' + (c - 'A' + 3) % 26));
            else if (Character.isLowerCase(c)) enc.append((char) ('a' + (c - 'a' + 3) % 26));
            else enc.append(c);
        }
        System.out.println("caesar " + enc);
    }
}
