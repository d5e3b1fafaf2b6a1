import java.util.*;

public class UtilEnumCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        EnumSet<Day> all = EnumSet.allOf(Day.class);
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        EnumSet<Day> mid = EnumSet.range(Day.TUE, Day.THU);
        System.out.println("all " + all + " none " + none);
        System.out.println("weekend " + weekend + " weekdays " + weekdays + " mid " + mid);
        System.out.println("contains " + weekend.contains(Day.SAT) + " " + weekend.contains(Day.MON) + " size " + weekdays.size());
        none.add(Day.FRI);
        none.add(Day.MON);
        none.add(Day.FRI);
        System.out.println("built " + none);
        none.addAll(mid);
        none.remove(Day.WED);
        System.out.println("addAll/remove " + none);
        EnumSet<Day> copy = EnumSet.copyOf(none);
        copy.retainAll(weekdays);
        copy.removeIf(d -> d.ordinal() % 2 == 0);
        System.out.println("copy " + copy + " equals HashSet " + copy.equals(new HashSet<>(copy)));
        EnumSet<Day> fromList = EnumSet.copyOf(Arrays.asList(Day.SUN, Day.MON, Day.SUN));
        System.out.println("fromList " + fromList);
        StringBuilder sb = new StringBuilder();
        for (Day d : all) if (!weekend.contains(d)) sb.append(d.name().charAt(0));
        System.out.println("initials " + sb);
        EnumMap<Day, List<String>> sched = new EnumMap<>(Day.class);
        sched.put(Day.WED, new ArrayList<>(Arrays.asList("gym")));
        sched.put(Day.MON, new ArrayList<>(Arrays.asList("standup", "review")));
        sched.computeIfAbsent(Day.FRI, k -> new ArrayList<>()).add("demo");
        sched.computeIfAbsent(Day.MON, k -> new ArrayList<>()).add("lunch");
        sched.put(Day.SUN, Collections.emptyList());
        System.out.println("schedule " + sched);
        System.out.println("keys " + sched.keySet() + " values " + sched.values() + " size " + sched.size());
        System.out.println("get TUE " + sched.get(Day.TUE) + " containsKey SUN " + sched.containsKey(Day.SUN) + " getOrDefault " + sched.getOrDefault(Day.SAT, List.of("rest")));
        sched.remove(Day.SUN);
        for (Map.Entry<Day, List<String>> e : sched.entrySet()) System.out.println("  " + e.getKey().ordinal() + " " + e.getKey() + " -> " + e.getValue().size());
        EnumMap<Color, Integer> counts = new EnumMap<>(Color.class);
        String[] seq = {"BLUE", "RED", "BLUE", "GREEN", "BLUE", "RED"};
        for (String s : seq) counts.merge(Color.valueOf(s), 1, Integer::sum);
        System.out.println("counts " + counts);
        counts.replaceAll((k, v) -> v * 10 + k.ordinal());
        System.out.println("replaced " + counts + " equals " + counts.equals(new HashMap<>(counts)));
        EnumMap<Color, Integer> cm = new EnumMap<>(counts);
        cm.put(Color.RED, 0);
        System.out.println("copy " + cm + " orig " + counts);
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println("copyOf empty collection: " + e.getClass().getName());
        }
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println("bad range: " + e.getClass().getName());
        }
        Map<Color, String> hashed = new HashMap<>();
        for (Color c : Color.values()) hashed.put(c, c.name().toLowerCase());
        TreeMap<Color, String> sorted = new TreeMap<>(hashed);
        System.out.println("tree by ordinal " + sorted);
        BitSet bits = new BitSet();
        for (int i = 0; i < 100; i += 7) bits.set(i);
        System.out.println("bitset " + bits + " cardinality " + bits.cardinality() + " length " + bits.length());
        BitSet other = new BitSet();
        other.set(10, 30);
        System.out.println("other " + other);
        BitSet and = (BitSet) bits.clone();
        and.and(other);
        BitSet or = (BitSet) bits.clone();
        or.or(other);
        BitSet xor = (BitSet) bits.clone();
        xor.xor(other);
        System.out.println("and " + and + " xor cardinality " + xor.cardinality() + " or cardinality " + or.cardinality());
        System.out.println("nextSetBit(15) " + bits.nextSetBit(15) + " nextClearBit(10) " + other.nextClearBit(10) + " previousSetBit(50) " + bits.previousSetBit(50) + " get(21) " + bits.get(21));
        bits.flip(0, 10);
        System.out.println("flipped " + bits + " intersects " + bits.intersects(other));
        System.out.println("toLongArray " + Arrays.toString(bits.toLongArray()) + " hash " + bits.hashCode());
        BitSet sieve = new BitSet(200);
        sieve.set(2, 200);
        for (int i = 2; i * i < 200; i++) if (sieve.get(i)) for (int j = i * i; j < 200; j += i) sieve.clear(j);
        System.out.println("primes " + sieve + " count " + sieve.cardinality());
    }
}
