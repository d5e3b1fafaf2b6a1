// switch on an enum: javac creates a synthetic EnumSwitch$1 class holding a
// $SwitchMap$ array indexed by ordinal; switch expressions over enums too.
public class EnumSwitch {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Op { ADD, SUB, MUL, DIV }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case YELLOW: return "bright";
            case BLUE:
            case GREEN: return "cool";
            default: return "dark";
        }
    }

    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> {
                if (b == 0) yield Integer.MAX_VALUE;
                yield a / b;
            }
        };
    }

    static int partial(Color c) {
        int r = 0;
        switch (c) {
            case BLACK:
                r += 10;
            case RED:
                r += 1;
                break;
            default:
                r = -1;
        }
        return r;
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.ordinal() + " " + describe(c) + " " + partial(c));
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " 12,5 = " + apply(op, 12, 5) + "; 7,0 = " + apply(op, 7, 0));
        }
        Color c = Color.valueOf("BLUE");
        System.out.println("valueOf BLUE -> " + describe(c));
        try {
            describe(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: " + e.getClass().getName());
        }
    }
}
