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

    /** This class as a subclass of {@code clazz}; ClassCastException (with this class's toString()) if it is not one. */
    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    /** The type descriptor: "I", "V", "[J", "Ljava/lang/String;". */
    public String descriptorString() {
        if (isPrimitive()) {
            String n = getName();
            switch (n.charAt(0)) {
                case 'b':
                    return n.charAt(1) == 'y' ? "B" : "Z";
                case 'c':
                    return "C";
                case 's':
                    return "S";
                case 'i':
                    return "I";
                case 'l':
                    return "J";
                case 'f':
                    return "F";
                case 'd':
                    return "D";
                default:
                    return "V";
            }
        }
        if (isArray()) {
            return "[" + getComponentType().descriptorString();
        }
        return "L" + getName().replace('.', '/') + ";";
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

    /**
     * The class that immediately encloses this one in the source: the declaring class of a
     * member class, the class around a local or anonymous class; null for a top-level
     * class, an array or a primitive type.
     */
    public Class<?> getEnclosingClass() {
        return getEnclosingClass0();
    }

    /** The host of this class's nest; this class itself when it names none (and for arrays and primitives). */
    public Class<?> getNestHost() {
        return getNestHost0();
    }

    /** Whether this class and {@code c} belong to the same nest. */
    public boolean isNestmateOf(Class<?> c) {
        if (this == c) {
            return true;
        }
        if (isPrimitive() || isArray() || c.isPrimitive() || c.isArray()) {
            return false;
        }
        return getNestHost() == c.getNestHost();
    }

    /**
     * The interfaces this class or interface directly implements or extends, in the order
     * of its declaration; Cloneable and Serializable for an array; none for a primitive type.
     */
    public Class<?>[] getInterfaces() {
        return getInterfaces0();
    }

    private native Class<?>[] getInterfaces0();

    /**
     * The class named by EnclosingMethod (local and anonymous classes), else the outer class
     * of this class's InnerClasses entry (member classes), else null.
     */
    private native Class<?> getEnclosingClass0();

    /** The class named by this class's NestHost attribute, else this class. */
    private native Class<?> getNestHost0();

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
