// float arithmetic: fadd fsub fmul fdiv frem fneg, infinities, NaN, signed zeros, fmod semantics.
public class FloatArithmetic {
    static float add(float a, float b) { return a + b; }
    static float sub(float a, float b) { return a - b; }
    static float mul(float a, float b) { return a * b; }
    static float div(float a, float b) { return a / b; }
    static float rem(float a, float b) { return a % b; }
    static float neg(float a) { return -a; }

    public static void main(String[] args) {
        System.out.println("0.1f+0.2f = " + add(0.1f, 0.2f));
        System.out.println("1f/3f = " + div(1f, 3f));
        System.out.println("2f/3f = " + div(2f, 3f));
        System.out.println("1f/0f = " + div(1f, 0f));
        System.out.println("-1f/0f = " + div(-1f, 0f));
        System.out.println("1f/-0f = " + div(1f, -0f));
        System.out.println("0f/0f = " + div(0f, 0f));
        System.out.println("inf-inf = " + sub(Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY));
        System.out.println("inf*0 = " + mul(Float.POSITIVE_INFINITY, 0f));
        System.out.println("max*2 = " + mul(Float.MAX_VALUE, 2f));
        System.out.println("min/2 = " + div(Float.MIN_VALUE, 2f));
        System.out.println("-0f = " + neg(0f));
        System.out.println("0f-0f = " + sub(0f, 0f));
        System.out.println("-0f+0f = " + add(-0f, 0f));
        System.out.println("-0f*5 = " + mul(-0f, 5f));
        System.out.println("1e20f*1e20f = " + mul(1e20f, 1e20f));
        System.out.println("16777216f+1f = " + add(16777216f, 1f));
        System.out.println("16777217 as float = " + (float) 16777217);

        float[][] rp = { {5.5f, 2f}, {-5.5f, 2f}, {5.5f, -2f}, {-5.5f, -2f}, {7f, 2.5f}, {1f, 0f},
                {Float.POSITIVE_INFINITY, 2f}, {3f, Float.POSITIVE_INFINITY}, {0f, 3f}, {-0f, 3f}, {Float.NaN, 1f}, {10f, 0.1f} };
        for (float[] p : rp) {
            System.out.println(p[0] + " % " + p[1] + " = " + rem(p[0], p[1]));
        }

        float acc = 0f;
        for (int i = 1; i <= 100; i++) {
            acc += 1f / i;
        }
        System.out.println("harmonic(100) = " + acc);
        float prod = 1f;
        for (int i = 1; i <= 40; i++) {
            prod *= 1.5f;
        }
        System.out.println("1.5^40 = " + prod);
        float x = 1f;
        int halvings = 0;
        while (x != 0f) {
            x /= 2f;
            halvings++;
        }
        System.out.println("halvings to zero = " + halvings);
        float y = 1f;
        int doublings = 0;
        while (y != Float.POSITIVE_INFINITY) {
            y *= 2f;
            doublings++;
        }
        System.out.println("doublings to infinity = " + doublings);
        float c = 3f;
        c += 0.25f; c *= 4f; c -= 1f; c /= 2f; c %= 3.5f;
        System.out.println("compound = " + c);
        float mixed = 7 / 2 + 7 / 2f + 7L / 2f;
        System.out.println("mixed = " + mixed);
    }
}
