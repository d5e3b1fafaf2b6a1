public class Changed {
    public int removedField = 1;
    public static int staticMethod() { return 1; }
    public void removedMethod() { System.out.println("removedMethod"); }
    public static void nativeMethod() { }
}
