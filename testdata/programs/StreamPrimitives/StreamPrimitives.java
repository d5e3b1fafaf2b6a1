import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

// IntStream, LongStream and DoubleStream: ranges, arithmetic terminals, the summary
// statistics and their toString, boxing and conversions between the shapes.
public class StreamPrimitives {
    public static void main(String[] args) {
        System.out.println("range: " + Arrays.toString(IntStream.range(0, 6).toArray()));
        System.out.println("rangeClosed: " + Arrays.toString(IntStream.rangeClosed(-2, 2).toArray()));
        System.out.println("empty range: " + IntStream.range(5, 5).count() + " " + IntStream.rangeClosed(5, 4).count());
        System.out.println("sum 1..100: " + IntStream.rangeClosed(1, 100).sum());
        System.out.println("sum of squares: " + IntStream.rangeClosed(1, 10).map(i -> i * i).sum());
        System.out.println("factorial 20: " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println("int overflow sum: " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println("average: " + IntStream.of(1, 2, 3, 4).average());
        System.out.println("average empty: " + IntStream.empty().average() + " present " + IntStream.empty().average().isPresent());
        OptionalDouble avg = LongStream.of(10, 20, 25).average();
        System.out.println("long average: " + avg.getAsDouble());
        System.out.println("min/max: " + IntStream.of(7, -3, 12, 0).min() + " " + IntStream.of(7, -3, 12, 0).max());
        System.out.println("empty max: " + IntStream.empty().max() + " " + LongStream.empty().min() + " " + DoubleStream.empty().max());

        IntSummaryStatistics is = IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics();
        System.out.println(is);
        System.out.println("int stats: " + is.getCount() + " " + is.getSum() + " " + is.getMin() + " " + is.getMax() + " " + is.getAverage());
        LongSummaryStatistics ls = LongStream.rangeClosed(1, 1000).summaryStatistics();
        System.out.println(ls);
        DoubleSummaryStatistics ds = DoubleStream.of(2.5, 0.5, 4.25, 1.75).summaryStatistics();
        System.out.println(ds);
        System.out.println(new IntSummaryStatistics());
        System.out.println(new LongSummaryStatistics());
        System.out.println(new DoubleSummaryStatistics());
        IntSummaryStatistics combined = IntStream.of(1, 2).summaryStatistics();
        combined.combine(IntStream.of(30, 40).summaryStatistics());
        combined.accept(-5);
        System.out.println("combined: " + combined);

        System.out.println("double sum: " + DoubleStream.of(0.5, 0.25, 0.125).sum());
        System.out.println("double average: " + DoubleStream.of(1.5, 2.5, 3.5).average().getAsDouble());
        System.out.println("compensated sum: " + DoubleStream.of(1e16, 1.0, 1.0, -1e16).sum());
        System.out.println("infinite sum: " + DoubleStream.of(1.0, Double.POSITIVE_INFINITY).sum());
        System.out.println("NaN sum: " + DoubleStream.of(1.0, Double.NaN).sum());

        System.out.println("boxed: " + IntStream.range(0, 4).boxed().toList());
        System.out.println("mapToObj: " + IntStream.rangeClosed(1, 4).mapToObj(i -> "#" + i).toList());
        System.out.println("asLongStream: " + IntStream.of(Integer.MAX_VALUE).asLongStream().map(x -> x * 2).sum());
        System.out.println("asDoubleStream: " + IntStream.of(1, 2).asDoubleStream().map(x -> x / 4).boxed().toList());
        System.out.println("mapToLong: " + IntStream.of(100000).mapToLong(x -> (long) x * x).sum());
        System.out.println("mapToDouble: " + Arrays.toString(IntStream.of(1, 2, 3).mapToDouble(x -> x * 1.5).toArray()));
        System.out.println("double to int: " + Arrays.toString(DoubleStream.of(1.9, -1.9, 2.5).mapToInt(d -> (int) d).toArray()));
        System.out.println("double to long: " + DoubleStream.of(1e10).mapToLong(d -> (long) d).sum());
        System.out.println("long to int: " + LongStream.of(1L << 33 | 5).mapToInt(l -> (int) l).sum());
        System.out.println("long asDouble: " + LongStream.of(3).asDoubleStream().sum());
        System.out.println("distinct: " + Arrays.toString(IntStream.of(3, 1, 3, 2, 1).distinct().toArray()));
        System.out.println("sorted: " + Arrays.toString(LongStream.of(30, -10, 20).sorted().toArray()));
        System.out.println("double sorted: " + Arrays.toString(DoubleStream.of(2.0, Double.NaN, -0.0, 0.0, -1.0).sorted().toArray()));
        System.out.println("double distinct: " + Arrays.toString(DoubleStream.of(0.0, -0.0, Double.NaN, Double.NaN, 0.0).distinct().toArray()));
        System.out.println("filter count: " + IntStream.rangeClosed(1, 100).filter(i -> i % 7 == 0).count());
        System.out.println("anyMatch: " + IntStream.of(1, 3, 5).anyMatch(i -> i % 2 == 0) + " allMatch: " + LongStream.of(2, 4).allMatch(l -> l % 2 == 0));
        System.out.println("findFirst: " + IntStream.range(10, 20).filter(i -> i % 6 == 0).findFirst() + " findAny empty: " + DoubleStream.empty().findAny());
        System.out.println("reduce no identity: " + IntStream.of(5, 6, 7).reduce((a, b) -> a * 10 + b) + " " + IntStream.empty().reduce(Integer::sum));
        System.out.println("collect: " + IntStream.range(0, 5).collect(StringBuilder::new, (sb, i) -> sb.append(i).append(';'), StringBuilder::append));
        System.out.println("long range: " + LongStream.range(Long.MAX_VALUE - 3, Long.MAX_VALUE).boxed().toList());
        System.out.println("builder: " + IntStream.builder().add(1).add(1).add(2).build().sum() + " "
                + DoubleStream.builder().add(0.5).add(0.25).build().sum() + " " + LongStream.builder().add(7).build().count());
        System.out.println("of single: " + IntStream.of(42).boxed().toList() + " " + LongStream.of(-1).boxed().toList() + " " + DoubleStream.of(0.1).boxed().toList());
    }
}
