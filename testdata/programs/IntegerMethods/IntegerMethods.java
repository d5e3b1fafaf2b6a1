// java.lang.Integer static methods: radix conversions, bit twiddling, unsigned helpers,
// compare/signum/min/max/sum, MIN/MAX constants, Short and Byte counterparts.
public class IntegerMethods {
    public static void main(String[] args) {
        int[] vals = { 0, 1, -1, 7, 10, 255, 256, -256, 1000, 65535, 123456789, -123456789,
                0x55555555, 0x80000001, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (int v : vals) {
            System.out.println(v + ": bin " + Integer.toBinaryString(v) + " oct " + Integer.toOctalString(v)
                    + " hex " + Integer.toHexString(v));
            System.out.println("  radix2 " + Integer.toString(v, 2) + " radix8 " + Integer.toString(v, 8)
                    + " radix16 " + Integer.toString(v, 16) + " radix36 " + Integer.toString(v, 36) + " radix7 " + Integer.toString(v, 7));
            System.out.println("  bitCount " + Integer.bitCount(v) + " reverse " + Integer.reverse(v) + " reverseBytes "
                    + Integer.reverseBytes(v) + " highestOneBit " + Integer.highestOneBit(v) + " lowestOneBit " + Integer.lowestOneBit(v));
            System.out.println("  nlz " + Integer.numberOfLeadingZeros(v) + " ntz " + Integer.numberOfTrailingZeros(v)
                    + " rotl3 " + Integer.rotateLeft(v, 3) + " rotr3 " + Integer.rotateRight(v, 3) + " rotl33 " + Integer.rotateLeft(v, 33)
                    + " signum " + Integer.signum(v));
            System.out.println("  unsigned " + Integer.toUnsignedString(v) + " hex16 " + Integer.toUnsignedString(v, 16)
                    + " asLong " + Integer.toUnsignedLong(v) + " /7u " + Integer.divideUnsigned(v, 7) + " %7u " + Integer.remainderUnsigned(v, 7));
        }
        String[] texts = { "0", "42", "-42", "+42", "2147483647", "-2147483648", "007" };
        for (String t : texts) {
            System.out.println("parseInt " + t + " = " + Integer.parseInt(t) + " valueOf " + Integer.valueOf(t));
        }
        System.out.println("parseInt ff/16 " + Integer.parseInt("ff", 16) + " -FF/16 " + Integer.parseInt("-FF", 16)
                + " 1010/2 " + Integer.parseInt("1010", 2) + " 777/8 " + Integer.parseInt("777", 8) + " zz/36 " + Integer.parseInt("zz", 36)
                + " ZZ/36 " + Integer.parseInt("ZZ", 36) + " valueOf(\"7f\",16) " + Integer.valueOf("7f", 16));
        System.out.println("parseUnsignedInt 4294967295 " + Integer.parseUnsignedInt("4294967295") + " ffffffff/16 "
                + Integer.parseUnsignedInt("ffffffff", 16));
        System.out.println("decode " + Integer.decode("0x1F") + " " + Integer.decode("#ff") + " " + Integer.decode("010") + " " + Integer.decode("-0X10"));
        System.out.println("compare " + Integer.compare(1, 2) + " " + Integer.compare(2, 2) + " " + Integer.compare(Integer.MIN_VALUE, 0)
                + " compareUnsigned " + Integer.compareUnsigned(-1, 1));
        System.out.println("min/max/sum " + Integer.min(3, -3) + " " + Integer.max(3, -3) + " " + Integer.sum(Integer.MAX_VALUE, 1));
        System.out.println("MIN/MAX " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " SIZE " + Integer.SIZE + " BYTES " + Integer.BYTES);
        System.out.println("Short MIN/MAX " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " Byte MIN/MAX " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println("Short.parseShort " + Short.parseShort("-1234") + " Byte.parseByte " + Byte.parseByte("-128")
                + " Short.reverseBytes " + Short.reverseBytes((short) 0x1234) + " Short.toUnsignedInt " + Short.toUnsignedInt((short) -1)
                + " Byte.toUnsignedInt " + Byte.toUnsignedInt((byte) -1));
        System.out.println("Short.compare " + Short.compare((short) 1, (short) -1) + " Byte.compare " + Byte.compare((byte) -128, (byte) 127));
        Integer boxed = 12345;
        System.out.println("instance methods " + boxed.intValue() + " " + boxed.longValue() + " " + boxed.doubleValue() + " "
                + boxed.floatValue() + " " + boxed.shortValue() + " " + boxed.byteValue() + " " + boxed.compareTo(12346) + " " + boxed.equals(12345)
                + " " + boxed.equals(12345L) + " " + boxed.hashCode() + " " + boxed.toString());
        // a bit-twiddling checksum over many values
        int acc = 0;
        for (int i = -5000; i < 5000; i += 7) {
            int v = i * 0x9E3779B9;
            acc = acc * 31 + Integer.bitCount(v) + Integer.numberOfLeadingZeros(v) * 3 + Integer.reverse(v) + Integer.highestOneBit(v)
                    + Integer.rotateRight(v, i);
        }
        System.out.println("checksum " + acc);
    }
}
