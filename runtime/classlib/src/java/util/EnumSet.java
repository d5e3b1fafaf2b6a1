package java.util;

/**
 * A set of constants of one enum type, kept as a bit vector indexed by ordinal; iterates
 * in ordinal order. As in the JDK, the factories return a {@code RegularEnumSet} (one
 * long) for enums of up to 64 constants and a {@code JumboEnumSet} (a long[]) otherwise.
 */
@SuppressWarnings("serial")
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E>
        implements Cloneable, java.io.Serializable {
    final transient Class<E> elementType;
    /** All constants of the enum, indexed by ordinal. */
    final transient Enum<?>[] universe;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    private static <E extends Enum<E>> Enum<?>[] getUniverse(Class<E> elementType) {
        Object[] constants = elementType.getEnumConstants();
        if (constants == null) {
            return null;
        }
        Enum<?>[] universe = new Enum<?>[constants.length];
        System.arraycopy(constants, 0, universe, 0, constants.length);
        return universe;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        if (elementType == null) {
            throw new NullPointerException(
                    "Cannot invoke \"java.lang.Class.getEnumConstantsShared()\" because \"klass\" is null");
        }
        Enum<?>[] universe = getUniverse(elementType);
        if (universe == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        if (universe.length <= 64) {
            return new RegularEnumSet<E>(elementType, universe);
        }
        return new JumboEnumSet<E>(elementType, universe);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addAll();
        return result;
    }

    /** Adds every constant of the element type. */
    abstract void addAll();

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            return ((EnumSet<E>) c).clone();
        }
        if (c == null) {
            throw new NullPointerException(
                    "Cannot invoke \"java.util.Collection.isEmpty()\" because \"c\" is null");
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) {
            result.add(i.next());
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        if (s == null) {
            throw new NullPointerException(
                    "Cannot invoke \"java.util.EnumSet.clone()\" because \"s\" is null");
        }
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    private static <E extends Enum<E>> Class<E> declaringClassOf(E e, String name) {
        if (e == null) {
            throw new NullPointerException("Cannot invoke \"java.lang.Enum.getDeclaringClass()\" because \""
                    + name + "\" is null");
        }
        return e.getDeclaringClass();
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(declaringClassOf(e, "e"));
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(declaringClassOf(e1, "e1"));
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(declaringClassOf(e1, "e1"));
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(declaringClassOf(e1, "e1"));
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(declaringClassOf(e1, "e1"));
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(declaringClassOf(first, "first"));
        result.add(first);
        for (E e : rest) {
            result.add(e);
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from == null) {
            throw new NullPointerException(
                    "Cannot invoke \"java.lang.Enum.compareTo(java.lang.Enum)\" because \"from\" is null");
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRange(from, to);
        return result;
    }

    /** Adds the constants from {@code from} to {@code to}, both included (from <= to). */
    abstract void addRange(E from, E to);

    /** Replaces the contents with the constants not in the set. */
    abstract void complement();

    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Throws ClassCastException unless e is a constant of the element type (NPE for null). */
    final void typeCheck(E e) {
        if (e == null) {
            throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"e\" is null");
        }
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType) {
            throw new ClassCastException(eClass + " != " + elementType);
        }
    }

    /** Whether o is a constant of the element type (false for null). */
    final boolean isMember(Object o) {
        if (o == null) {
            return false;
        }
        Class<?> oClass = o.getClass();
        return oClass == elementType || oClass.getSuperclass() == elementType;
    }
}
