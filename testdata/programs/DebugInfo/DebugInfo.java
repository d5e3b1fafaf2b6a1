// Compiled with -g (see javac.flags), so the class has a LocalVariableTable and
// LocalVariableTypeTable as well as line numbers; behaviour must not change. Includes
// locals with overlapping scopes reusing slots and a stack trace with line numbers.
public class DebugInfo {
    static int slots(int n) {
        int total = 0;
        {
            int a = n * 2;
            total += a;
        }
        {
            long b = n * 3L;
            total += (int) b;
        }
        for (int i = 0; i < n; i++) {
            double d = i / 2.0;
            total += (int) d;
        }
        String s = "n=" + n;
        total += s.length();
        return total;
    }

    static <T> T first(T[] arr) {
        T result = arr.length > 0 ? arr[0] : null;
        return result;
    }

    public static void main(String[] args) {
        for (int n = 0; n < 5; n++) System.out.println("slots(" + n + ") = " + slots(n));
        System.out.println("first " + first(new String[] { "x", "y" }) + " " + first(new Integer[0]));
        try {
            Object o = "string";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("caught at " + top.getMethodName() + " line " + top.getLineNumber());
        }
    }
}
