// Output on both streams: System.out and System.err lines interleaved (recorded in
// separate files), print without newline, println of every primitive type and of
// char arrays, and System.err.print; main returns normally, so the exit code is 0.
public class StderrOutput {
    public static void main(String[] args) {
        System.out.println("out 1");
        System.err.println("err 1");
        System.out.print("out 2a ");
        System.out.print("out 2b");
        System.out.println();
        System.err.print("err 2a ");
        System.err.println("err 2b");
        System.out.println(true);
        System.out.println('c');
        System.out.println(42);
        System.out.println(42L);
        System.out.println(1.5f);
        System.out.println(2.5);
        System.out.println(new char[] { 'a', 'r', 'r' });
        System.out.println((Object) null);
        System.out.println((String) null);
        System.out.print(7);
        System.out.print('-');
        System.out.print(8L);
        System.out.print(' ');
        System.out.print(false);
        System.out.print(' ');
        System.out.print(0.5);
        System.out.print(' ');
        System.out.print(0.25f);
        System.out.print(' ');
        System.out.print(new char[] { 'x', 'y' });
        System.out.print(' ');
        System.out.print((Object) "obj");
        System.out.println();
        System.err.println(123);
        System.err.println(-0.0);
        for (int i = 0; i < 3; i++) {
            System.out.println("loop out " + i);
            System.err.println("loop err " + i);
        }
        System.out.println("line with\ttab and trailing spaces   ");
        System.out.println("");
        System.out.println("after empty line");
        System.err.println("last err");
    }
}
