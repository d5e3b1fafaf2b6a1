// Multi-catch (catch (A | B e)), catch clause order, exceptions crossing method
// boundaries, and catching in a loop with different exception types each iteration.
public class MultiCatch {
    static void thrower(int kind) throws Exception {
        switch (kind) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArrayIndexOutOfBoundsException("aioobe");
            case 2: throw new java.lang.CloneNotSupportedException("cnse");
            case 3: throw new InterruptedException("ie");
            case 4: throw new ArithmeticException("ae");
            case 5: throw new Exception("plain");
            default: break;
        }
    }

    public static void main(String[] args) {
        for (int kind = 0; kind <= 6; kind++) {
            try {
                thrower(kind);
                System.out.println(kind + ": no exception");
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                System.out.println(kind + ": runtime group " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (CloneNotSupportedException | InterruptedException e) {
                System.out.println(kind + ": checked group " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(kind + ": other runtime " + e);
            } catch (Exception e) {
                System.out.println(kind + ": other " + e);
            }
        }
        int caught = 0;
        for (int i = 0; i < 30; i++) {
            try {
                int[] arr = new int[i % 4];
                Object o = (i % 3 == 0) ? "string" : Integer.valueOf(i);
                int v = arr[2] / (i % 5);
                String s = (String) o;
                caught += s.length() + v;
            } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
                caught += 100;
            } catch (ClassCastException e) {
                caught += 10000;
            }
        }
        System.out.println("loop total " + caught);
        // rethrow from multi-catch keeps the precise type
        try {
            try {
                thrower(0);
            } catch (IllegalArgumentException | InterruptedException e) {
                throw e;
            }
        } catch (Exception e) {
            System.out.println("rethrown " + e.getClass().getName());
        }
    }
}
