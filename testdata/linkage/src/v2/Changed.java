public class Changed {
    public int staticMethod() { return 1; }
    public static native void nativeMethod();
}
