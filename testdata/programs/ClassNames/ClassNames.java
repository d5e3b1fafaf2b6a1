// Class objects: getName, getSimpleName, isArray/isPrimitive/isInterface, primitive class
// literals (int.class), wrapper TYPE fields, array classes and component types, class
// literal identity, getSuperclass, isInstance, isAssignableFrom, and cast.
public class ClassNames {
    static class Nested { }

    class Inner { }

    interface Iface { }

    enum Color { RED }

    record Rec(int a) { }

    static void show(Class<?> c) {
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | array " + c.isArray() + " primitive " + c.isPrimitive()
                + " interface " + c.isInterface() + " toString " + c);
    }

    public static void main(String[] args) {
        show(ClassNames.class);
        show(Nested.class);
        show(Inner.class);
        show(Iface.class);
        show(Color.class);
        show(Rec.class);
        show(String.class);
        show(Object.class);
        show(Runnable.class);
        show(int.class);
        show(void.class);
        show(int[].class);
        show(String[][].class);
        show(Nested[].class);
        show(double[][][].class);
        System.out.println("TYPE " + (Integer.TYPE == int.class) + " " + Double.TYPE + " " + Character.TYPE + " " + Void.TYPE);
        System.out.println("component " + int[][].class.getComponentType() + " " + String[].class.getComponentType().getSimpleName()
                + " " + String.class.getComponentType());
        System.out.println("identity " + (new int[0].getClass() == int[].class) + " " + ("s".getClass() == String.class)
                + " " + (new Nested().getClass() == Nested.class));
        System.out.println("superclass " + Integer.class.getSuperclass().getName() + " " + int[].class.getSuperclass().getName()
                + " " + Iface.class.getSuperclass() + " " + int.class.getSuperclass() + " " + Color.class.getSuperclass().getName());
        System.out.println("isInstance " + Number.class.isInstance(5) + " " + String.class.isInstance(5) + " " + Object[].class.isInstance(new String[0])
                + " " + Object[].class.isInstance(new int[0]) + " " + Comparable.class.isInstance("x") + " " + Runnable.class.isInstance(null));
        System.out.println("isAssignableFrom " + Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class)
                + " " + Object.class.isAssignableFrom(int[].class) + " " + int.class.isAssignableFrom(int.class)
                + " " + long.class.isAssignableFrom(int.class) + " " + CharSequence.class.isAssignableFrom(StringBuilder.class));
        Object o = "cast me";
        String s = String.class.cast(o);
        System.out.println("cast " + s);
        try {
            Integer.class.cast(o);
        } catch (ClassCastException e) {
            System.out.println("cast failure: " + e.getMessage());
        }
        System.out.println("getClass of boxes " + Integer.valueOf(1).getClass().getName() + " " + Character.valueOf('c').getClass().getSimpleName());
        System.out.println("StringBuilder " + new StringBuilder().getClass().getName() + " exception " + new ArithmeticException().getClass().getName());
        System.out.println("isEnum " + Color.class.isEnum() + " isRecord " + Rec.class.isRecord() + " " + Nested.class.isRecord()
                + " isAnnotation " + Override.class.isAnnotation());
        Class<?> viaForName;
        try {
            viaForName = Class.forName("ClassNames$Nested");
            System.out.println("forName " + viaForName.getSimpleName() + " same " + (viaForName == Nested.class));
            Class.forName("NoSuchClassAnywhere");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
    }
}
