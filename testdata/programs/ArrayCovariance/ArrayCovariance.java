// Object arrays and covariance: String[] is an Object[], stores are checked at run time
// (ArrayStoreException), instanceof and casts on array types, arrays of interfaces,
// arrays of arrays as Object, and Object[] holding mixed boxes.
public class ArrayCovariance {
    interface Animal {
        String sound();
    }

    static class Dog implements Animal {
        public String sound() { return "woof"; }
    }

    static class Puppy extends Dog {
        public String sound() { return "yip"; }
    }

    static class Cat implements Animal {
        public String sound() { return "meow"; }
    }

    static String describe(Object o) {
        if (o instanceof int[]) return "int[] of " + ((int[]) o).length;
        if (o instanceof String[]) return "String[] of " + ((String[]) o).length;
        if (o instanceof Object[][]) return "Object[][] of " + ((Object[][]) o).length;
        if (o instanceof Object[]) return "Object[] of " + ((Object[]) o).length;
        return "not an array: " + o;
    }

    public static void main(String[] args) {
        String[] strings = { "a", "b" };
        Object[] objects = strings;
        System.out.println("same array " + (objects == strings) + " " + objects[1]);
        objects[0] = "still a string";
        System.out.println("string store ok " + strings[0]);
        try {
            objects[1] = Integer.valueOf(3);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException " + e.getMessage());
        }
        Dog[] dogs = new Puppy[2];
        try {
            dogs[0] = new Dog();
        } catch (ArrayStoreException e) {
            System.out.println("Dog into Puppy[]: " + e.getMessage());
        }
        dogs[1] = new Puppy();
        Animal[] animals = { new Dog(), new Cat(), new Puppy() };
        StringBuilder sb = new StringBuilder();
        for (Animal a : animals) sb.append(a.sound()).append(' ');
        System.out.println("sounds " + sb);
        Object[] animalsAsObjects = animals;
        animalsAsObjects[0] = new Cat();
        System.out.println("interface array store " + animals[0].sound());
        try {
            animalsAsObjects[1] = "not an animal";
        } catch (ArrayStoreException e) {
            System.out.println("String into Animal[]: " + e.getMessage());
        }
        Object[] things = { new int[3], new String[2], new Object[1], new Integer[4][5], "plain", new Dog[0] };
        for (Object t : things) System.out.println(describe(t));
        System.out.println("instanceof " + (strings instanceof Object[]) + " " + ((Object) dogs instanceof Animal[]) + " "
                + ((Object) dogs instanceof Puppy[]) + " " + ((Object) animals instanceof Dog[]));
        Object o = dogs;
        try {
            Cat[] cats = (Cat[]) o;
            System.out.println("not reached " + cats.length);
        } catch (ClassCastException e) {
            System.out.println("cast Puppy[] to Cat[]: " + e.getMessage());
        }
        Animal[] back = (Animal[]) o;
        System.out.println("cast to Animal[] ok, length " + back.length + " " + back.getClass().getSimpleName());
        Object[] mixed = { 1, 2L, 3.0f, 4.0, 'c', "s", true, null, new int[0] };
        int nonNull = 0;
        for (Object m : mixed) if (m != null) nonNull++;
        System.out.println("mixed nonNull " + nonNull + " last " + mixed[8].getClass().getName());
        Object[][] grid = new String[2][2];
        try {
            grid[0][0] = 5;
        } catch (ArrayStoreException e) {
            System.out.println("nested covariance: " + e.getMessage());
        }
        try {
            grid[1] = new Integer[2];
        } catch (ArrayStoreException e) {
            System.out.println("row store: " + e.getMessage());
        }
        Comparable<?>[] comps = { "x", 1, 2.5 };
        System.out.println("comparables " + comps.length + " " + comps.getClass().getName());
    }
}
