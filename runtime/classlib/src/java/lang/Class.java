package java.lang;

/**
 * The mirror of a loaded class, interface, array type or primitive type. The VM creates
 * every instance (the constructor is never called) and answers the structural queries.
 */
public final class Class<T> implements java.io.Serializable {
    private static final int ANNOTATION = 0x00002000;
    private static final int ENUM = 0x00004000;
    private static final int SYNTHETIC = 0x00001000;

    /** Cached binary name, filled on first use. */
    private transient String name;
    /** Cached result of the enum's values(), filled on first use. */
    private transient Object[] enumConstants;

    private Class() {
    }

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }

    /** The binary name: "java.lang.String", "Outer$Inner", "[I", "[Ljava.lang.String;", "int". */
    public String getName() {
        String n = name;
        if (n == null) {
            n = getName0();
            name = n;
        }
        return n;
    }

    private native String getName0();

    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        return forName0(className, true);
    }

    private static native Class<?> forName0(String name, boolean initialize)
            throws ClassNotFoundException;

    static native Class<?> getPrimitiveClass(String name);

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public native int getModifiers();

    public Class<?> componentType() {
        return getComponentType();
    }

    public Class<?> arrayType() {
        return arrayType0();
    }

    private native Class<?> arrayType0();

    public boolean isAnnotation() {
        return (getModifiers() & ANNOTATION) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & SYNTHETIC) != 0;
    }

    public boolean isEnum() {
        return (getModifiers() & ENUM) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & 0x0010) != 0;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String cn = c.getName();
        int dot = cn.lastIndexOf('.');
        return dot == -1 ? "" : cn.substring(0, dot);
    }

    /**
     * The name given in the source: "Inner" for a member class, "Local" for a local class,
     * "" for an anonymous class, "int[]" for an array.
     */
    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) { // top level
            String n = getName();
            return n.substring(n.lastIndexOf('.') + 1);
        }
        return simple;
    }

    /** Like getName(), but arrays are written "java.lang.String[][]". */
    public String getTypeName() {
        if (isArray()) {
            Class<?> c = this;
            int dimensions = 0;
            while (c.isArray()) {
                dimensions++;
                c = c.getComponentType();
            }
            StringBuilder sb = new StringBuilder(c.getName());
            for (int i = 0; i < dimensions; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return getName();
    }

    /** The name in the Java language, or null for local and anonymous classes (and arrays of them). */
    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        if (getSimpleBinaryName0() == null) { // top level
            return getName();
        }
        Class<?> enclosing = getDeclaringClass0();
        if (enclosing == null) { // local or anonymous
            return null;
        }
        String enclosingName = enclosing.getCanonicalName();
        if (enclosingName == null) {
            return null;
        }
        return enclosingName + "." + getSimpleName();
    }

    public boolean isMemberClass() {
        return getSimpleBinaryName0() != null && getDeclaringClass0() != null;
    }

    public boolean isLocalClass() {
        String simple = getSimpleBinaryName0();
        return simple != null && !simple.isEmpty() && getDeclaringClass0() == null;
    }

    public boolean isAnonymousClass() {
        String simple = getSimpleBinaryName0();
        return simple != null && simple.isEmpty() && !isArray();
    }

    public Class<?> getDeclaringClass() {
        return getDeclaringClass0();
    }

    public Class<?> getNestHost() {
        Class<?> c = this;
        Class<?> outer;
        while ((outer = c.getDeclaringClass0()) != null) {
            c = outer;
        }
        return c;
    }

    /**
     * From this class's own entry in its InnerClasses attribute: null if there is no such
     * entry (a top-level class), "" for an anonymous class, else the inner name.
     */
    private native String getSimpleBinaryName0();

    /** The outer class of a member class (InnerClasses outer_class_info), else null. */
    private native Class<?> getDeclaringClass0();

    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return values == null ? null : values.clone();
    }

    /** The enum constants without a defensive copy; null if this is not an enum class. */
    @SuppressWarnings("unchecked")
    T[] getEnumConstantsShared() {
        Object[] constants = enumConstants;
        if (constants == null) {
            if (!isEnum()) {
                return null;
            }
            constants = getEnumConstants0();
            enumConstants = constants;
        }
        return (T[]) constants;
    }

    /** Calls the enum class's static values() method (initializing the class) and returns its result. */
    private native Object[] getEnumConstants0();
}
