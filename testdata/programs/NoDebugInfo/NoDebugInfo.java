// Compiled with -g:none (see javac.flags): no LineNumberTable and no SourceFile, so stack
// traces show "Unknown Source" and getLineNumber() is -1. Ends with an uncaught exception.
public class NoDebugInfo {
    static void fail(int depth) {
        if (depth == 0) throw new UnsupportedOperationException("no debug info here");
        fail(depth - 1);
    }

    public static void main(String[] args) {
        try {
            fail(1);
        } catch (UnsupportedOperationException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("caught in " + top.getMethodName() + " file " + top.getFileName() + " line " + top.getLineNumber());
            System.out.println("frame text " + top);
        }
        fail(2);
    }
}
