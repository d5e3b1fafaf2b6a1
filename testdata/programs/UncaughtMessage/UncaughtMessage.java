// A VM-raised exception (integer division by zero) escapes main: its message appears in
// the "Exception in thread "main"" line.
public class UncaughtMessage {
    static int divide(int a, int b) {
        return a / b;
    }

    public static void main(String[] args) {
        for (int i = 3; i >= 0; i--) {
            System.out.println("12 / " + i + " = " + divide(12, i));
        }
        System.out.println("not reached");
    }
}
