// Enums with constructors, fields, methods, constant-specific bodies (abstract methods
// implemented per constant, which become Outer$Enum$1 classes), interfaces implemented
// by enums, static fields initialized after constants, and enum-based state machines.
public class EnumBodies {
    interface Describable {
        String describe();
    }

    enum Planet implements Describable {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return G * mass / (radius * radius);
        }

        public String describe() {
            return name().charAt(0) + name().substring(1).toLowerCase() + " mass " + mass;
        }
    }

    enum Operation {
        PLUS("+") {
            int apply(int a, int b) { return a + b; }
        },
        MINUS("-") {
            int apply(int a, int b) { return a - b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }

            @Override
            String symbolName() { return "times"; }
        },
        POWER("^") {
            int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) r *= a;
                return r;
            }
        };

        final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        String symbolName() { return "symbol " + symbol; }
    }

    enum Light {
        RED { Light next() { return GREEN; } },
        GREEN { Light next() { return YELLOW; } },
        YELLOW { Light next() { return RED; } };

        abstract Light next();
    }

    enum Size {
        SMALL(1), MEDIUM(5), LARGE(10);

        private static int totalUnits;
        final int units;

        static {
            for (Size s : values()) totalUnits += s.units;
        }

        Size(int units) {
            this.units = units;
        }

        static Size fromUnits(int u) {
            Size best = SMALL;
            for (Size s : values()) if (s.units <= u) best = s;
            return best;
        }
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p.describe() + " gravity " + p.surfaceGravity());
        }
        for (Operation op : Operation.values()) {
            System.out.println("3 " + op.symbol + " 4 = " + op.apply(3, 4) + " (" + op.symbolName() + ") class " + op.getClass().getName()
                    + " declaring " + op.getDeclaringClass().getSimpleName());
        }
        Light l = Light.RED;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            sb.append(l).append(" -> ");
            l = l.next();
        }
        System.out.println(sb.append(l));
        System.out.println("sizes total " + Size.totalUnits + " fromUnits(7) " + Size.fromUnits(7) + " fromUnits(0) " + Size.fromUnits(0));
        Describable d = Planet.EARTH;
        System.out.println("via interface " + d.describe());
        System.out.println("valueOf with body " + Operation.valueOf("TIMES").apply(6, 7));
    }
}
