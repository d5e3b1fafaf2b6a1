// Return values and finally: a return in finally overrides the try's return and swallows
// exceptions; a finally that modifies a returned local does not change the returned value;
// returning a mutable object shows the modification.
public class FinallyReturn {
    static int overrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int swallows() {
        try {
            throw new RuntimeException("swallowed");
        } finally {
            return 3;
        }
    }

    static int localUnchanged() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }

    static StringBuilder objectChanged() {
        StringBuilder sb = new StringBuilder("before");
        try {
            return sb;
        } finally {
            sb.append("+finally");
        }
    }

    static String order() {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            return sb.append("return-expr;").toString();
        } finally {
            sb.append("finally;");
            System.out.println("  sb in finally: " + sb);
        }
    }

    static long longReturn(boolean fail) {
        long v = 5;
        try {
            if (fail) throw new IllegalStateException();
            v = 7;
            return v * 1000000000000L;
        } catch (IllegalStateException e) {
            v = 9;
            return v;
        } finally {
            v = -1;
        }
    }

    static double doubleFinally() {
        double d = 1.5;
        try {
            d *= 2;
            return d;
        } finally {
            d = 0;
        }
    }

    static int nested() {
        int r = 0;
        try {
            try {
                r = 1;
                return r;
            } finally {
                r = 2;
            }
        } finally {
            r = 3;
        }
    }

    static int breakOutOfFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                return i * 100;
            } finally {
                if (i < 3) continue;
            }
        }
    }

    @SuppressWarnings("finally")
    static String catchReturnOverridden() {
        try {
            throw new Exception("x");
        } catch (Exception e) {
            return "catch";
        } finally {
            return "finally";
        }
    }

    public static void main(String[] args) {
        System.out.println("overrides " + overrides());
        System.out.println("swallows " + swallows());
        System.out.println("localUnchanged " + localUnchanged());
        System.out.println("objectChanged " + objectChanged());
        System.out.println("order " + order());
        System.out.println("longReturn " + longReturn(false) + " " + longReturn(true));
        System.out.println("doubleFinally " + doubleFinally());
        System.out.println("nested " + nested());
        System.out.println("breakOutOfFinally " + breakOutOfFinally());
        System.out.println("catchReturnOverridden " + catchReturnOverridden());
    }
}
