// An exception in a static initializer: the first use of the class throws
// ExceptionInInitializerError (with the original exception as its cause); uncaught, it
// ends the program with exit code 1.
public class UncaughtClinit {
    static class Config {
        static final int[] TABLE = new int[4];
        static int limit = computeLimit();

        static int computeLimit() {
            System.out.println("Config initializing");
            for (int i = 0; i < TABLE.length; i++) TABLE[i] = i * i;
            return TABLE[TABLE.length - 1] / (TABLE[0]);
        }

        static int get() {
            return limit;
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("limit " + Config.get());
        System.out.println("not reached");
    }
}
