package java.util;

/** Objects that format themselves for Formatter's %s (flags from FormattableFlags). */
public interface Formattable {
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
