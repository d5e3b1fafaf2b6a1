package java.lang.reflect;

/** Only array creation for now (what the collections need for toArray(T[]) and copyOf). */
public final class Array {
    private Array() {
    }

    public static Object newInstance(Class<?> componentType, int length)
            throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(String.valueOf(length));
        }
        if (componentType == Void.TYPE) {
            throw new IllegalArgumentException();
        }
        return newArray(componentType, length);
    }

    private static native Object newArray(Class<?> componentType, int length);
}
