package java.math;

/** The rounding modes of JDK 17's {@code java.math.RoundingMode}. */
public enum RoundingMode {
    UP(0),
    DOWN(1),
    CEILING(2),
    FLOOR(3),
    HALF_UP(4),
    HALF_DOWN(5),
    HALF_EVEN(6),
    UNNECESSARY(7);

    /** The legacy integer constant (BigDecimal.ROUND_UP, ...). */
    final int oldMode;

    private RoundingMode(int oldMode) {
        this.oldMode = oldMode;
    }

    /** The mode for a legacy integer constant (BigDecimal.ROUND_UP = 0 ... ROUND_UNNECESSARY = 7). */
    public static RoundingMode valueOf(int rm) {
        if (rm >= 0 && rm <= 7) {
            return values()[rm];
        }
        throw new IllegalArgumentException("argument out of range");
    }
}
