import java.util.*;
import java.util.function.*;

public class UtilOptional {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println("some " + some + " none " + none + " nullable " + nullable);
        System.out.println("isPresent " + some.isPresent() + " " + none.isPresent() + " isEmpty " + some.isEmpty() + " " + none.isEmpty());
        System.out.println("get " + some.get() + " orElse " + none.orElse("fallback") + " orElseGet " + none.orElseGet(() -> "computed"));
        System.out.println("map " + some.map(String::length) + " " + none.map(String::length));
        System.out.println("flatMap " + some.flatMap(s -> Optional.of(s + "!")) + " " + some.flatMap(s -> Optional.empty()));
        System.out.println("filter " + some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.startsWith("x")));
        System.out.println("or " + none.or(() -> Optional.of("alt")) + " " + some.or(() -> Optional.of("alt")));
        some.ifPresent(s -> System.out.println("ifPresent " + s));
        none.ifPresent(s -> System.out.println("never"));
        some.ifPresentOrElse(s -> System.out.println("present " + s), () -> System.out.println("absent"));
        none.ifPresentOrElse(s -> System.out.println("present " + s), () -> System.out.println("absent"));
        System.out.println("equals " + some.equals(Optional.of("value")) + " " + none.equals(Optional.empty()) + " " + (none == Optional.<String>empty()) + " hash " + some.hashCode() + " " + none.hashCode());
        System.out.println("map to null " + some.map(s -> null));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get empty: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow supplier: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null): " + e.getClass().getName());
        }
        String[] inputs = {"12", "x", "-7", "", "2147483647", "99999999999", "0"};
        int total = 0;
        for (String in : inputs) {
            Optional<Integer> p = parse(in);
            System.out.println("parse \"" + in + "\" -> " + p + " doubled " + p.map(x -> x * 2).orElse(-1) + " positive " + p.filter(x -> x > 0).isPresent());
            total += p.orElse(0) % 1000;
        }
        System.out.println("total " + total);
        OptionalInt oi = OptionalInt.of(5);
        OptionalInt oe = OptionalInt.empty();
        System.out.println("OptionalInt " + oi + " " + oe + " getAsInt " + oi.getAsInt() + " orElse " + oe.orElse(9) + " orElseGet " + oe.orElseGet(() -> 11));
        OptionalLong ol = OptionalLong.of(1L << 40);
        System.out.println("OptionalLong " + ol + " " + OptionalLong.empty() + " isPresent " + ol.isPresent());
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println("OptionalDouble " + od + " " + OptionalDouble.empty() + " " + od.getAsDouble() + " orElse " + OptionalDouble.empty().orElse(0.5));
        oi.ifPresent(v -> System.out.println("OptionalInt ifPresent " + v));
        System.out.println("OptionalInt equals " + oi.equals(OptionalInt.of(5)) + " hash " + oi.hashCode() + " " + oe.hashCode());
        // chained lookups
        Map<String, String> managers = new TreeMap<>();
        managers.put("alice", "bob");
        managers.put("bob", "carol");
        managers.put("dave", "eve");
        String[] who = {"alice", "bob", "carol", "dave", "zed"};
        for (String w : who) {
            String grand = Optional.ofNullable(managers.get(w)).map(managers::get).orElse("<none>");
            Optional<String> m = Optional.ofNullable(managers.get(w));
            System.out.println(w + " manager " + m.orElse("<none>") + " grand-manager " + grand + " stream-free count " + (m.isPresent() ? 1 : 0));
        }
        Supplier<Optional<String>> lazy = () -> {
            System.out.println("  supplier called");
            return Optional.of("lazy");
        };
        System.out.println("or with present: " + some.or(lazy));
        System.out.println("or with empty: " + none.or(lazy));
        Function<String, Optional<Integer>> len = s -> s.isEmpty() ? Optional.empty() : Optional.of(s.length());
        System.out.println("flatMap fn " + Optional.of("abc").flatMap(len) + " " + Optional.of("").flatMap(len));
        Optional<Optional<String>> nested = Optional.of(Optional.of("in"));
        System.out.println("nested " + nested + " flattened " + nested.flatMap(Function.identity()));
    }
}
