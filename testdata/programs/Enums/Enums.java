// Enums: values(), valueOf, ordinal, name, toString, compareTo, equals/==, switch over
// values, enum in a static field, valueOf with a bad name (IllegalArgumentException
// message), valueOf(null), getDeclaringClass, Enum.valueOf, and values() returning a copy.
public class Enums {
    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    enum Empty { }

    static final Day FAVORITE = Day.FRIDAY;

    static boolean isWeekend(Day d) {
        return d == Day.SATURDAY || d == Day.SUNDAY;
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d.ordinal() + " " + d.name() + " " + d + " weekend=" + isWeekend(d) + " cmpFav=" + d.compareTo(FAVORITE)
                    + " isFav=" + (d == FAVORITE) + " equals=" + d.equals(FAVORITE));
        }
        System.out.println("values length " + Day.values().length + " copy " + (Day.values() != Day.values()));
        Day[] vs = Day.values();
        vs[0] = null;
        System.out.println("modifying the copy does not matter: " + Day.values()[0]);
        System.out.println("valueOf " + Day.valueOf("WEDNESDAY").ordinal() + " same " + (Day.valueOf("WEDNESDAY") == Day.WEDNESDAY));
        System.out.println("Enum.valueOf " + Enum.valueOf(Day.class, "SUNDAY"));
        try {
            Day.valueOf("Funday");
        } catch (IllegalArgumentException e) {
            System.out.println("bad name: " + e.getMessage());
        }
        try {
            Day.valueOf("monday");
        } catch (IllegalArgumentException e) {
            System.out.println("wrong case: " + e.getMessage());
        }
        try {
            Day.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getMessage());
        }
        System.out.println("empty enum values " + Empty.values().length);
        System.out.println("class " + Day.class.getName() + " declaring " + Day.MONDAY.getDeclaringClass().getSimpleName()
                + " isEnum " + Day.class.isEnum() + " super " + Day.class.getSuperclass().getName());
        System.out.println("instanceof Comparable " + (Day.MONDAY instanceof Comparable) + " Enum " + (FAVORITE instanceof Enum));
        int workdays = 0;
        for (Day d : Day.values()) {
            switch (d) {
                case SATURDAY:
                case SUNDAY:
                    break;
                default:
                    workdays++;
            }
        }
        System.out.println("workdays " + workdays);
        Day next = Day.values()[(FAVORITE.ordinal() + 1) % Day.values().length];
        System.out.println("day after favorite " + next);
        Day last = Day.values()[Day.values().length - 1];
        System.out.println("wraps to " + Day.values()[(last.ordinal() + 1) % 7]);
        System.out.println("name hash " + Day.MONDAY.name().hashCode());
    }
}
