package java.lang.reflect;

/**
 * Array creation (one or more dimensions), length and element access by reflection, as
 * JDK 17's: get boxes primitives into new objects (no caches), the getXxx/setXxx methods
 * widen like the JDK's, and the exceptions are the JDK's (IllegalArgumentException
 * "Argument is not an array", "argument type mismatch", "array element type mismatch";
 * ArrayIndexOutOfBoundsException without a message, checked before the types).
 */
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

    public static Object newInstance(Class<?> componentType, int... dimensions)
            throws IllegalArgumentException, NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("Empty dimensions array");
        }
        if (componentType == Void.TYPE) {
            throw new IllegalArgumentException();
        }
        int depth = dimensions.length;
        if (componentType.isArray()) {
            Class<?> c = componentType;
            while (c.isArray()) {
                depth++;
                c = c.getComponentType();
            }
        }
        if (depth > 255) {
            throw new IllegalArgumentException();
        }
        for (int d : dimensions) {
            if (d < 0) {
                throw new NegativeArraySizeException(String.valueOf(d));
            }
        }
        return multiNewArray(componentType, dimensions, 0);
    }

    private static Object multiNewArray(Class<?> componentType, int[] dimensions, int from) {
        Class<?> elementType = componentType;
        for (int i = dimensions.length - 1; i > from; i--) {
            elementType = newArray(elementType, 0).getClass();
        }
        Object array = newArray(elementType, dimensions[from]);
        if (from + 1 < dimensions.length) {
            Object[] outer = (Object[]) array;
            for (int i = 0; i < outer.length; i++) {
                outer[i] = multiNewArray(componentType, dimensions, from + 1);
            }
        }
        return array;
    }

    public static int getLength(Object array) throws IllegalArgumentException {
        if (array instanceof Object[]) {
            return ((Object[]) array).length;
        } else if (array instanceof int[]) {
            return ((int[]) array).length;
        } else if (array instanceof long[]) {
            return ((long[]) array).length;
        } else if (array instanceof double[]) {
            return ((double[]) array).length;
        } else if (array instanceof byte[]) {
            return ((byte[]) array).length;
        } else if (array instanceof char[]) {
            return ((char[]) array).length;
        } else if (array instanceof boolean[]) {
            return ((boolean[]) array).length;
        } else if (array instanceof float[]) {
            return ((float[]) array).length;
        } else if (array instanceof short[]) {
            return ((short[]) array).length;
        }
        throw notAnArray(array);
    }

    private static RuntimeException notAnArray(Object array) {
        if (array == null) {
            return new NullPointerException();
        }
        return new IllegalArgumentException("Argument is not an array");
    }

    private static IllegalArgumentException mismatch() {
        return new IllegalArgumentException("argument type mismatch");
    }

    private static void checkIndex(Object array, int index) {
        int length = getLength(array);
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException();
        }
    }

    @SuppressWarnings({"removal", "deprecation"})
    public static Object get(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof Object[]) {
            return ((Object[]) array)[index];
        } else if (array instanceof int[]) {
            return new Integer(((int[]) array)[index]);
        } else if (array instanceof long[]) {
            return new Long(((long[]) array)[index]);
        } else if (array instanceof double[]) {
            return new Double(((double[]) array)[index]);
        } else if (array instanceof byte[]) {
            return new Byte(((byte[]) array)[index]);
        } else if (array instanceof char[]) {
            return new Character(((char[]) array)[index]);
        } else if (array instanceof boolean[]) {
            return new Boolean(((boolean[]) array)[index]);
        } else if (array instanceof float[]) {
            return new Float(((float[]) array)[index]);
        } else {
            return new Short(((short[]) array)[index]);
        }
    }

    public static boolean getBoolean(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof boolean[]) {
            return ((boolean[]) array)[index];
        }
        throw mismatch();
    }

    public static byte getByte(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof byte[]) {
            return ((byte[]) array)[index];
        }
        throw mismatch();
    }

    public static char getChar(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof char[]) {
            return ((char[]) array)[index];
        }
        throw mismatch();
    }

    public static short getShort(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof short[]) {
            return ((short[]) array)[index];
        } else if (array instanceof byte[]) {
            return ((byte[]) array)[index];
        }
        throw mismatch();
    }

    public static int getInt(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof int[]) {
            return ((int[]) array)[index];
        } else if (array instanceof short[]) {
            return ((short[]) array)[index];
        } else if (array instanceof char[]) {
            return ((char[]) array)[index];
        } else if (array instanceof byte[]) {
            return ((byte[]) array)[index];
        }
        throw mismatch();
    }

    public static long getLong(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof long[]) {
            return ((long[]) array)[index];
        }
        if (array instanceof int[] || array instanceof short[] || array instanceof char[]
                || array instanceof byte[]) {
            return getInt(array, index);
        }
        throw mismatch();
    }

    public static float getFloat(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof float[]) {
            return ((float[]) array)[index];
        }
        if (array instanceof long[]) {
            return ((long[]) array)[index];
        }
        if (array instanceof int[] || array instanceof short[] || array instanceof char[]
                || array instanceof byte[]) {
            return getInt(array, index);
        }
        throw mismatch();
    }

    public static double getDouble(Object array, int index)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof double[]) {
            return ((double[]) array)[index];
        }
        if (array instanceof float[]) {
            return ((float[]) array)[index];
        }
        if (array instanceof long[]) {
            return ((long[]) array)[index];
        }
        if (array instanceof int[] || array instanceof short[] || array instanceof char[]
                || array instanceof byte[]) {
            return getInt(array, index);
        }
        throw mismatch();
    }

    public static void set(Object array, int index, Object value)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
            return;
        }
        if (value == null) {
            throw new IllegalArgumentException();
        }
        if (value instanceof Integer) {
            setInt(array, index, ((Integer) value).intValue());
        } else if (value instanceof Long) {
            setLong(array, index, ((Long) value).longValue());
        } else if (value instanceof Double) {
            setDouble(array, index, ((Double) value).doubleValue());
        } else if (value instanceof Byte) {
            setByte(array, index, ((Byte) value).byteValue());
        } else if (value instanceof Character) {
            setChar(array, index, ((Character) value).charValue());
        } else if (value instanceof Boolean) {
            setBoolean(array, index, ((Boolean) value).booleanValue());
        } else if (value instanceof Float) {
            setFloat(array, index, ((Float) value).floatValue());
        } else if (value instanceof Short) {
            setShort(array, index, ((Short) value).shortValue());
        } else {
            throw mismatch();
        }
    }

    public static void setBoolean(Object array, int index, boolean z)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof boolean[]) {
            ((boolean[]) array)[index] = z;
        } else {
            throw mismatch();
        }
    }

    public static void setByte(Object array, int index, byte b)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof byte[]) {
            ((byte[]) array)[index] = b;
        } else if (array instanceof short[]) {
            ((short[]) array)[index] = b;
        } else {
            setInt(array, index, b);
        }
    }

    public static void setChar(Object array, int index, char c)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof char[]) {
            ((char[]) array)[index] = c;
        } else if (array instanceof byte[] || array instanceof short[]) {
            throw mismatch();
        } else {
            setInt(array, index, c);
        }
    }

    public static void setShort(Object array, int index, short s)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof short[]) {
            ((short[]) array)[index] = s;
        } else if (array instanceof byte[] || array instanceof char[]) {
            throw mismatch();
        } else {
            setInt(array, index, s);
        }
    }

    public static void setInt(Object array, int index, int i)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof int[]) {
            ((int[]) array)[index] = i;
        } else if (array instanceof long[]) {
            ((long[]) array)[index] = i;
        } else if (array instanceof float[]) {
            ((float[]) array)[index] = i;
        } else if (array instanceof double[]) {
            ((double[]) array)[index] = i;
        } else {
            throw mismatch();
        }
    }

    public static void setLong(Object array, int index, long l)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof long[]) {
            ((long[]) array)[index] = l;
        } else if (array instanceof float[]) {
            ((float[]) array)[index] = l;
        } else if (array instanceof double[]) {
            ((double[]) array)[index] = l;
        } else {
            throw mismatch();
        }
    }

    public static void setFloat(Object array, int index, float f)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof float[]) {
            ((float[]) array)[index] = f;
        } else if (array instanceof double[]) {
            ((double[]) array)[index] = f;
        } else {
            throw mismatch();
        }
    }

    public static void setDouble(Object array, int index, double d)
            throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        checkIndex(array, index);
        if (array instanceof double[]) {
            ((double[]) array)[index] = d;
        } else {
            throw mismatch();
        }
    }

    private static native Object newArray(Class<?> componentType, int length);
}
