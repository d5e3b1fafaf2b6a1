// getfield/putfield/getstatic/putstatic for every field type, volatile and final fields,
// fields inherited from a superclass, static fields of another class, compound
// assignments on fields and array elements of fields, and field access through chains.
public class FieldAccess {
    static boolean sz;
    static byte sb;
    static short ss;
    static char sc;
    static int si;
    static long sl;
    static float sf;
    static double sd;
    static String sstr;
    static volatile long vlong;
    static final int[] TABLE = new int[4];

    static class Base {
        int baseInt = 1;
        long baseLong = 2;
        protected double baseDouble = 3.5;
    }

    static class Holder extends Base {
        boolean z;
        byte b;
        short s;
        char c;
        int i;
        long l;
        float f;
        double d;
        Object o;
        Holder next;
        volatile int vi;
        final String name;
        int[] arr = new int[3];

        Holder(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) {
        Holder h = new Holder("h1");
        h.z = true;
        h.b = (byte) 0x80;
        h.s = (short) 0xFFFF;
        h.c = '\u20ac';
        h.i = Integer.MIN_VALUE;
        h.l = Long.MAX_VALUE;
        h.f = Float.MIN_VALUE;
        h.d = -Double.MAX_VALUE;
        h.o = "object";
        h.vi = 5;
        System.out.println("instance " + h.z + " " + h.b + " " + h.s + " " + (int) h.c + " " + h.i + " " + h.l + " " + h.f + " " + h.d + " " + h.o + " "
                + h.vi + " " + h.name);
        System.out.println("inherited " + h.baseInt + " " + h.baseLong + " " + h.baseDouble);
        h.baseInt += 10;
        h.baseLong *= 1L << 40;
        h.baseDouble /= 7;
        h.i--;
        h.l++;
        h.b += 1;
        h.c++;
        h.s >>>= 4;
        h.f *= 2;
        System.out.println("compound " + h.baseInt + " " + h.baseLong + " " + h.baseDouble + " " + h.i + " " + h.l + " " + h.b + " " + (int) h.c + " "
                + h.s + " " + h.f);
        h.arr[1] += 5;
        h.arr[1] *= 3;
        h.arr[2]--;
        System.out.println("array field " + h.arr[0] + " " + h.arr[1] + " " + h.arr[2]);
        sz = true;
        sb = -1;
        ss = -2;
        sc = 'S';
        si = 42;
        sl = -42L;
        sf = 1.25f;
        sd = 2.5;
        sstr = "static";
        vlong = 1L << 62;
        TABLE[3] = 9;
        System.out.println("static " + sz + " " + sb + " " + ss + " " + sc + " " + si + " " + sl + " " + sf + " " + sd + " " + sstr + " " + vlong + " " + TABLE[3]);
        si += si++ + ++si;
        sl <<= 3;
        sd = sd * sd;
        System.out.println("static compound " + si + " " + sl + " " + sd);
        Holder chain = new Holder("a");
        chain.next = new Holder("b");
        chain.next.next = new Holder("c");
        chain.next.next.i = 7;
        chain.next.next.next = chain;
        System.out.println("chain " + chain.next.next.name + " " + chain.next.next.i + " cycle " + chain.next.next.next.name);
        int count = 0;
        for (Holder p = chain; count < 10; p = p.next) count++;
        System.out.println("walked " + count);
        Holder fresh = new Holder("fresh");
        System.out.println("defaults " + fresh.z + " " + fresh.b + " " + fresh.s + " " + (int) fresh.c + " " + fresh.i + " " + fresh.l + " " + fresh.f
                + " " + fresh.d + " " + fresh.o + " " + fresh.next);
        Other.counter += 5;
        Other.counter++;
        System.out.println("other class static " + Other.counter + " " + Other.LABEL);
        long sum = 0;
        for (int k = 0; k < 10000; k++) {
            h.i = k;
            h.l += h.i;
            sl += h.i;
            sum += h.l;
        }
        System.out.println("loop " + h.l + " " + sl + " " + sum);
    }
}

class Other {
    static int counter = 100;
    static final String LABEL = "other-label";
}
