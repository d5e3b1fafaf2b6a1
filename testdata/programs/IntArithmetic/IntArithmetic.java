// int arithmetic opcodes: iadd isub imul idiv irem ineg ishl ishr iushr iand ior ixor iinc,
// including overflow, MIN_VALUE / -1, remainders with negative operands and large shift counts.
public class IntArithmetic {
    static int[] VALUES = { 0, 1, -1, 2, -2, 3, 7, -7, 10, 100, -100, 12345, 65536, 0x7fff,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1 };

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        System.out.println("max+1 = " + add(Integer.MAX_VALUE, 1));
        System.out.println("min-1 = " + sub(Integer.MIN_VALUE, 1));
        System.out.println("max*2 = " + mul(Integer.MAX_VALUE, 2));
        System.out.println("min*-1 = " + mul(Integer.MIN_VALUE, -1));
        System.out.println("min/-1 = " + div(Integer.MIN_VALUE, -1));
        System.out.println("min%-1 = " + rem(Integer.MIN_VALUE, -1));
        System.out.println("-min = " + neg(Integer.MIN_VALUE));
        System.out.println("65536*65536 = " + mul(65536, 65536));
        System.out.println("46341*46341 = " + mul(46341, 46341));

        // division and remainder signs
        int[][] dr = { {7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}, {13, 13}, {-13, 5} };
        for (int[] p : dr) {
            System.out.println(p[0] + " / " + p[1] + " = " + div(p[0], p[1]) + ", " + p[0] + " % " + p[1] + " = " + rem(p[0], p[1]));
        }

        // shifts with counts beyond 31 (masked to 5 bits)
        int[] counts = { 0, 1, 4, 31, 32, 33, 63, 64, -1, -31, 100 };
        for (int c : counts) {
            System.out.println("shift " + c + ": 1<<c=" + (1 << c) + " -8>>c=" + (-8 >> c) + " -8>>>c=" + (-8 >>> c)
                    + " 0x12345678<<c=" + (0x12345678 << c));
        }

        // bitwise
        int a = 0xF0F0F0F0, b = 0x0FF00FF0;
        System.out.println("and " + (a & b) + " or " + (a | b) + " xor " + (a ^ b) + " not " + (~a));

        // iinc with various increments
        int i = 0;
        i++; System.out.println("i=" + i);
        i += 127; System.out.println("i=" + i);
        i += 128; System.out.println("i=" + i);
        i -= 128; System.out.println("i=" + i);
        i -= 129; System.out.println("i=" + i);
        i += 30000; System.out.println("i=" + i);
        i += -32768; System.out.println("i=" + i);
        i += 100000; System.out.println("i=" + i);

        // table of all pairs, summarized by a checksum so a single wrong result changes it
        int checksum = 0;
        int lines = 0;
        for (int x : VALUES) {
            for (int y : VALUES) {
                int s = add(x, y) ^ sub(x, y) * 31 ^ mul(x, y) * 17;
                if (y != 0) s = s * 7 + div(x, y) * 3 + rem(x, y);
                s ^= (x << (y & 63)) + (x >> y) + (x >>> y);
                checksum = checksum * 31 + s;
                lines++;
            }
        }
        System.out.println("pairs " + lines + " checksum " + checksum);

        // compound assignments narrow implicitly
        byte bt = 120; bt += 10; System.out.println("byte += " + bt);
        short sh = 32767; sh++; System.out.println("short ++ " + sh);
        char ch = 'A'; ch += 2; System.out.println("char += " + ch);
        int m = 5; m *= m + 1; System.out.println("m *= " + m);
        int n = 100; n /= 3; n %= 7; System.out.println("n = " + n);
        int k = -17; k >>= 2; System.out.println("k >>= 2: " + k);
        k = -17; k >>>= 28; System.out.println("k >>>= 28: " + k);

        // increment/decrement expression values
        int p = 5;
        int q = p++ + ++p;
        System.out.println("p=" + p + " q=" + q);
        int r = p-- - --p;
        System.out.println("p=" + p + " r=" + r);
        int[] arr = {1, 2, 3};
        int idx = 0;
        arr[idx++] += 10;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " idx=" + idx);
    }
}
