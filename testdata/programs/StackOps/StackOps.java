// Expressions that make javac emit the less common stack instructions: dup_x1, dup_x2,
// dup2, dup2_x1, dup2_x2, pop2, and fstore_0/fstore_1 and dstore_0 (stores into parameter
// slots of static methods); chained assignments and post-increments used as values.
public class StackOps {
    int intField;
    long longField;
    double doubleField;
    static long staticLong;

    static long produceLong(long x) {
        return x * 3;
    }

    static double produceDouble() {
        return 2.5;
    }

    static float scaleFloats(float a, float b) {
        a = a * 2;
        b = b + a;
        return a + b;
    }

    static double halve(double d) {
        d = d / 2;
        return d;
    }

    public static void main(String[] args) {
        StackOps o = new StackOps();
        int[] ia = { 10, 20, 30 };
        long[] la = { 100, 200, 300 };
        double[] da = { 0.5, 1.5 };

        int v1 = o.intField = 7;                       // dup_x1
        long v2 = o.longField = 1L << 40;              // dup2_x1
        double v3 = o.doubleField = 0.25;              // dup2_x1
        System.out.println("chained field assignments " + v1 + " " + v2 + " " + v3);

        int v4 = ia[1]++;                              // dup_x2
        long v5 = la[2]++;                             // dup2_x2
        double v6 = da[0]--;                           // dup2_x2
        System.out.println("post-increment array elements " + v4 + " " + ia[1] + " " + v5 + " " + la[2] + " " + v6 + " " + da[0]);

        long v7 = o.longField++;                       // dup2_x1
        double v8 = o.doubleField++;                   // dup2_x1
        int v9 = o.intField--;                         // dup_x1
        System.out.println("post-increment fields " + v7 + " " + o.longField + " " + v8 + " " + o.doubleField + " " + v9 + " " + o.intField);

        la[0] += 5;                                    // dup2
        da[1] *= 4;                                    // dup2
        ia[2] <<= 2;                                   // dup2
        System.out.println("compound array elements " + la[0] + " " + da[1] + " " + ia[2]);

        long v10 = la[1] = staticLong = 99;            // dup2 / dup2_x2
        int v11 = ia[0] = o.intField = -1;             // dup_x1 / dup_x2
        System.out.println("chained assignments " + v10 + " " + la[1] + " " + staticLong + " " + v11 + " " + ia[0] + " " + o.intField);

        produceLong(5);                                // pop2
        produceDouble();                               // pop2
        staticLong++;
        ++staticLong;
        long v12 = staticLong++ + ++staticLong;
        System.out.println("static long increments " + v12 + " " + staticLong);

        System.out.println("stores into parameter slots " + scaleFloats(1.5f, 2f) + " " + halve(9.0));

        int a, b, c;
        a = b = c = 5;
        a += b -= c *= 2;
        System.out.println("nested compound " + a + " " + b + " " + c);
        long x, y;
        x = y = 3;
        x *= y += 4;
        System.out.println("long nested compound " + x + " " + y);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        sb.append(i++).append(i++).append(++i).append(i--).append(--i);
        System.out.println("increments in arguments " + sb + " final " + i);
        int[] idx = { 0, 0, 0, 0 };
        int k = 0;
        idx[k++] = k++;
        idx[k] = k = 3;
        System.out.println("evaluation order " + idx[0] + " " + idx[1] + " " + idx[2] + " " + idx[3] + " k=" + k);
    }
}
