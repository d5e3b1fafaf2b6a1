// java.lang.Long static methods: radix conversions, bit twiddling, unsigned helpers.
public class LongMethods {
    public static void main(String[] args) {
        long[] vals = { 0, 1, -1, 10, 255, 1L << 32, (1L << 32) - 1, -(1L << 40), 1234567890123456789L,
                0x5555555555555555L, 0x8000000000000001L, Long.MAX_VALUE, Long.MIN_VALUE };
        for (long v : vals) {
            System.out.println(v + ": bin " + Long.toBinaryString(v) + " oct " + Long.toOctalString(v) + " hex " + Long.toHexString(v));
            System.out.println("  radix2 " + Long.toString(v, 2) + " radix16 " + Long.toString(v, 16) + " radix36 " + Long.toString(v, 36));
            System.out.println("  bitCount " + Long.bitCount(v) + " reverse " + Long.reverse(v) + " reverseBytes " + Long.reverseBytes(v)
                    + " highestOneBit " + Long.highestOneBit(v) + " lowestOneBit " + Long.lowestOneBit(v));
            System.out.println("  nlz " + Long.numberOfLeadingZeros(v) + " ntz " + Long.numberOfTrailingZeros(v) + " rotl5 "
                    + Long.rotateLeft(v, 5) + " rotr5 " + Long.rotateRight(v, 5) + " signum " + Long.signum(v));
            System.out.println("  unsigned " + Long.toUnsignedString(v) + " /10u " + Long.divideUnsigned(v, 10) + " %10u "
                    + Long.remainderUnsigned(v, 10) + " hash " + Long.hashCode(v));
        }
        System.out.println("parseLong " + Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffffffffffff", 16)
                + " " + Long.parseLong("-zzzzzz", 36) + " " + Long.valueOf("123456789012"));
        System.out.println("parseUnsignedLong " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.toUnsignedString(-2L));
        System.out.println("decode " + Long.decode("0x7FFFFFFFFF") + " " + Long.decode("-#10"));
        System.out.println("compare " + Long.compare(5, 3) + " " + Long.compareUnsigned(-1L, 1L) + " min " + Long.min(1, 2) + " max "
                + Long.max(1, 2) + " sum " + Long.sum(Long.MAX_VALUE, 1));
        Long boxed = 99L;
        System.out.println("instance " + boxed.intValue() + " " + boxed.doubleValue() + " " + boxed.equals(99L) + " " + boxed.equals(99)
                + " " + boxed.compareTo(100L));
        long acc = 0;
        for (long i = -3000; i < 3000; i += 11) {
            long v = i * 0x9E3779B97F4A7C15L;
            acc = acc * 31 + Long.bitCount(v) + Long.numberOfTrailingZeros(v) + Long.reverse(v) + Long.rotateLeft(v, (int) i);
        }
        System.out.println("checksum " + acc);
    }
}
