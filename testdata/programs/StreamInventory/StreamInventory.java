import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

// Order processing with records: totals per customer and category, the best-selling
// product, orders above a threshold, and money kept in cents to stay exact.
public class StreamInventory {
    record Product(String sku, String name, String category, long priceCents) {}

    record Line(Product product, int quantity) {
        long totalCents() {
            return product.priceCents() * quantity;
        }
    }

    record Order(int id, String customer, List<Line> lines) {
        long totalCents() {
            return lines.stream().mapToLong(Line::totalCents).sum();
        }
    }

    static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    public static void main(String[] args) {
        Product pen = new Product("P1", "Pen", "Office", 199);
        Product pad = new Product("P2", "Notepad", "Office", 349);
        Product mug = new Product("K1", "Mug", "Kitchen", 899);
        Product kettle = new Product("K2", "Kettle", "Kitchen", 3450);
        Product lamp = new Product("H1", "Lamp", "Home", 2599);
        List<Order> orders = List.of(
                new Order(1, "ana", List.of(new Line(pen, 10), new Line(pad, 2))),
                new Order(2, "ben", List.of(new Line(kettle, 1))),
                new Order(3, "ana", List.of(new Line(mug, 4), new Line(lamp, 1))),
                new Order(4, "cleo", List.of(new Line(pen, 3))),
                new Order(5, "ben", List.of(new Line(pad, 5), new Line(mug, 2), new Line(pen, 1))),
                new Order(6, "dev", List.of()));

        orders.forEach(o -> System.out.println("order " + o.id() + " " + o.customer() + " " + money(o.totalCents())));
        System.out.println("revenue: " + money(orders.stream().mapToLong(Order::totalCents).sum()));
        System.out.println("per customer: " + orders.stream().collect(Collectors.groupingBy(Order::customer, TreeMap::new,
                Collectors.summingLong(Order::totalCents))));
        Map<String, Integer> unitsByProduct = orders.stream().flatMap(o -> o.lines().stream())
                .collect(Collectors.groupingBy(l -> l.product().name(), TreeMap::new, Collectors.summingInt(Line::quantity)));
        System.out.println("units: " + unitsByProduct);
        System.out.println("best seller: " + unitsByProduct.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?"));
        Map<String, Long> byCategory = orders.stream().flatMap(o -> o.lines().stream())
                .collect(Collectors.groupingBy(l -> l.product().category(), TreeMap::new, Collectors.summingLong(Line::totalCents)));
        byCategory.forEach((c, v) -> System.out.println("category " + c + ": " + money(v)));
        System.out.println("big orders: " + orders.stream().filter(o -> o.totalCents() > 3000).map(Order::id).toList());
        System.out.println("empty orders: " + orders.stream().filter(o -> o.lines().isEmpty()).map(Order::customer).toList());
        System.out.println("largest order: " + orders.stream().max(Comparator.comparingLong(Order::totalCents)).map(Order::id).get());
        System.out.println("customers: " + orders.stream().map(Order::customer).distinct().sorted().collect(Collectors.joining(", ")));
        System.out.println("average order: " + money(Math.round(orders.stream().filter(o -> !o.lines().isEmpty())
                .mapToLong(Order::totalCents).average().orElse(0))));
        System.out.println("products bought by ana: " + orders.stream().filter(o -> o.customer().equals("ana"))
                .flatMap(o -> o.lines().stream()).map(l -> l.product().sku()).sorted().toList());
        System.out.println("customers per product: " + orders.stream().flatMap(o -> o.lines().stream().map(l -> Map.entry(l.product().name(), o.customer())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new, Collectors.mapping(Map.Entry::getValue,
                        Collectors.collectingAndThen(Collectors.toSet(), s -> s.stream().sorted().toList())))));
        System.out.println("line count stats: " + orders.stream().mapToInt(o -> o.lines().size()).summaryStatistics());
    }
}
