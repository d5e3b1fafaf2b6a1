// switch on String: javac hashes the string (String.hashCode) into a lookupswitch and then
// compares with equals. "Aa" and "BB" have the same hash code, so both paths are needed.
public class StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "apple": return 1;
            case "banana": return 2;
            case "cherry": return 3;
            case "Aa": return 4;
            case "BB": return 5;
            case "": return 6;
            case "\u00e9t\u00e9": return 7;
            default: return 0;
        }
    }

    static String command(String cmd) {
        return switch (cmd) {
            case "go", "walk", "run" -> "move";
            case "take", "get" -> "pick";
            case "look" -> {
                String r = "see";
                yield r + "!";
            }
            default -> "unknown:" + cmd;
        };
    }

    static String fall(String s) {
        String r = "";
        switch (s) {
            case "one":
                r += "1";
            case "two":
                r += "2";
                break;
            case "three":
                r += "3";
            default:
                r += "x";
        }
        return r;
    }

    public static void main(String[] args) {
        String[] inputs = { "apple", "banana", "cherry", "Aa", "BB", "", "\u00e9t\u00e9", "Apple", "AaAa", "BBBB", "AaBB", "durian" };
        for (String s : inputs) {
            System.out.println("classify [" + s + "] hash " + s.hashCode() + " -> " + classify(s));
        }
        String[] cmds = { "go", "walk", "run", "take", "get", "look", "jump", "GO" };
        for (String c : cmds) System.out.println("command " + c + " -> " + command(c));
        String[] fs = { "one", "two", "three", "four" };
        for (String f : fs) System.out.println("fall " + f + " -> " + fall(f));
        // a string built at run time must match the constant
        String built = new StringBuilder("ban").append("ana").toString();
        System.out.println("built " + classify(built));
        try {
            classify(null);
            System.out.println("no exception");
        } catch (NullPointerException e) {
            System.out.println("switch on null: " + e.getClass().getName());
        }
    }
}
