// tableswitch (dense cases) and lookupswitch (sparse cases), fallthrough, default placement,
// negative and extreme keys, switch expressions (arrow form, yield), switch on char/byte/short.
public class Switches {
    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "other(" + x + ")";
        }
    }

    static String denseNegative(int x) {
        switch (x) {
            case -3: return "m3";
            case -2: return "m2";
            case -1: return "m1";
            case 0: return "z";
            case 1: return "p1";
            case 2: return "p2";
            default: return "d";
        }
    }

    static int sparse(int x) {
        switch (x) {
            case -1000000: return 1;
            case -5: return 2;
            case 10: return 3;
            case 1000: return 4;
            case 65536: return 5;
            case Integer.MAX_VALUE: return 6;
            case Integer.MIN_VALUE: return 7;
            default: return 0;
        }
    }

    static String fallthrough(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1:
                sb.append("a");
            case 2:
                sb.append("b");
                break;
            case 3:
                sb.append("c");
            default:
                sb.append("d");
            case 4:
                sb.append("e");
        }
        return sb.toString();
    }

    static int arrow(int day) {
        return switch (day) {
            case 1, 7 -> 0;
            case 2, 3, 4, 5, 6 -> {
                int hours = day * 2;
                yield hours + 1;
            }
            default -> -1;
        };
    }

    static String charSwitch(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case ' ': return "space";
            case '\u00e9': return "e-acute";
            default:
                if (c >= '0' && c <= '9') return "digit";
                return "consonant";
        }
    }

    static int byteSwitch(byte b) {
        switch (b) {
            case -128: return 1;
            case 127: return 2;
            case 0: return 3;
            default: return 4;
        }
    }

    static int shortSwitch(short s) {
        return switch (s) {
            case 1000 -> 10;
            case -1000 -> 20;
            case 32767 -> 30;
            default -> 40;
        };
    }

    // A switch inside a loop with continue and break
    static int loopSwitch() {
        int sum = 0;
        for (int i = 0; i < 20; i++) {
            switch (i % 5) {
                case 0:
                    continue;
                case 1:
                    sum += i;
                    break;
                case 4:
                    if (i > 15) return sum * 1000;
                    sum -= 1;
                    break;
                default:
                    sum += 100;
            }
            sum++;
        }
        return sum;
    }

    // Case values that javac may turn into a tableswitch with holes filled by default.
    static int withHoles(int x) {
        switch (x) {
            case 10: return 100;
            case 12: return 120;
            case 13: return 130;
            case 15: return 150;
            case 16: return 160;
            default: return -x;
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 8; i++) System.out.println("dense " + i + " " + dense(i));
        for (int i = -5; i <= 4; i++) System.out.println("denseNegative " + i + " " + denseNegative(i));
        int[] keys = { -1000000, -5, 10, 1000, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 11, -1000001 };
        for (int k : keys) System.out.println("sparse " + k + " " + sparse(k));
        for (int i = 0; i <= 5; i++) System.out.println("fallthrough " + i + " " + fallthrough(i));
        for (int i = 0; i <= 8; i++) System.out.println("arrow " + i + " " + arrow(i));
        String text = "hi, 2 Auos\u00e9";
        for (int i = 0; i < text.length(); i++) System.out.println("char '" + text.charAt(i) + "' " + charSwitch(text.charAt(i)));
        byte[] bs = { -128, 127, 0, 5 };
        for (byte b : bs) System.out.println("byte " + b + " " + byteSwitch(b));
        short[] ss = { 1000, -1000, 32767, 0 };
        for (short s : ss) System.out.println("short " + s + " " + shortSwitch(s));
        System.out.println("loopSwitch " + loopSwitch());
        for (int i = 9; i <= 17; i++) System.out.println("withHoles " + i + " " + withHoles(i));
        long big = 5_000_000_000L;
        System.out.println("switch on (int) long " + dense((int) (big % 7)));
    }
}
