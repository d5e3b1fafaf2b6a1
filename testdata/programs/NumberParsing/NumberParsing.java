// Number parsing failures: NumberFormatException messages from Integer/Long/Short/Byte/
// Double/Float parsing, radix errors, overflow, and successful edge cases.
public class NumberParsing {
    static void tryInt(String s) {
        try {
            System.out.println("parseInt(" + quote(s) + ") = " + Integer.parseInt(s));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + quote(s) + ") -> " + e.getMessage());
        }
    }

    static void tryInt(String s, int radix) {
        try {
            System.out.println("parseInt(" + quote(s) + ", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + quote(s) + ", " + radix + ") -> " + e.getMessage());
        }
    }

    static void tryLong(String s) {
        try {
            System.out.println("parseLong(" + quote(s) + ") = " + Long.parseLong(s));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(" + quote(s) + ") -> " + e.getMessage());
        }
    }

    static void tryDouble(String s) {
        try {
            System.out.println("parseDouble(" + quote(s) + ") = " + Double.parseDouble(s));
        } catch (NumberFormatException e) {
            System.out.println("parseDouble(" + quote(s) + ") -> " + e.getClass().getName() + ": " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("parseDouble(" + quote(s) + ") -> " + e.getClass().getName());
        }
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    public static void main(String[] args) {
        tryInt("123");
        tryInt("");
        tryInt(null);
        tryInt("abc");
        tryInt("12a");
        tryInt(" 12");
        tryInt("-");
        tryInt("+");
        tryInt("2147483648");
        tryInt("-2147483649");
        tryInt("99999999999");
        tryInt("1_000");
        tryInt("0x10");
        tryInt("ff", 16);
        tryInt("gg", 16);
        tryInt("101", 2);
        tryInt("102", 2);
        tryInt("z", 37);
        tryInt("1", 1);
        tryLong("9223372036854775807");
        tryLong("9223372036854775808");
        tryLong("12L");
        tryLong("");
        tryDouble("1.5");
        tryDouble("abc");
        tryDouble("");
        tryDouble("1.2.3");
        tryDouble(null);
        tryDouble("1e400");
        tryDouble("-1e-400");
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("parseShort 40000 -> " + e.getMessage());
        }
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("parseByte 128 -> " + e.getMessage());
        }
        try {
            Integer.valueOf("seven");
        } catch (NumberFormatException e) {
            System.out.println("valueOf seven -> " + e);
        }
        try {
            Integer.parseUnsignedInt("-1");
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedInt -1 -> " + e.getMessage());
        }
        try {
            Float.parseFloat("one");
        } catch (NumberFormatException e) {
            System.out.println("parseFloat one -> " + e.getMessage());
        }
        try {
            Integer.decode("0xZZ");
        } catch (NumberFormatException e) {
            System.out.println("decode 0xZZ -> " + e.getMessage());
        }
        NumberFormatException custom = new NumberFormatException("custom message");
        System.out.println("custom " + custom + " isIAE " + (custom instanceof IllegalArgumentException));
        // sum only the valid numbers of a list
        String[] list = { "10", "x", "20", "", "-5", "3.5", "7" };
        int sum = 0, bad = 0;
        for (String s : list) {
            try {
                sum += Integer.parseInt(s);
            } catch (NumberFormatException e) {
                bad++;
            }
        }
        System.out.println("sum " + sum + " bad " + bad);
    }
}
