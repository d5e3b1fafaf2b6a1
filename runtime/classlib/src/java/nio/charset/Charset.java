package java.nio.charset;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A named character encoding. Only the six standard charsets exist (UTF-8, ISO-8859-1,
 * US-ASCII, UTF-16, UTF-16BE, UTF-16LE), found by name or alias as the JDK finds them; there
 * are no encoders or decoders (the readers, writers and String do the work, for UTF-8,
 * ISO-8859-1 and US-ASCII).
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;
    private Set<String> aliasSet;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases.clone();
        for (int i = 0; i < this.aliases.length; i++) {
            checkName(this.aliases[i]);
        }
    }

    /** One of the standard charsets. */
    private static final class Standard extends Charset {
        Standard(String name, String[] aliases) {
            super(name, aliases);
        }

        public boolean contains(Charset cs) {
            String n = cs.name();
            if (name().startsWith("UTF-")) {
                return true;
            }
            if (name().equals("ISO-8859-1")) {
                return n.equals("ISO-8859-1") || n.equals("US-ASCII");
            }
            return n.equals("US-ASCII");
        }
    }

    private static Charset[] standard;

    static synchronized Charset[] standard() {
        if (standard == null) {
            standard = new Charset[] {
                new Standard("UTF-8", new String[] { "unicode-1-1-utf-8", "UTF8" }),
                new Standard("ISO-8859-1", new String[] { "819", "ISO8859-1", "l1", "ISO_8859-1:1987", "ISO_8859-1",
                        "8859_1", "iso-ir-100", "latin1", "cp819", "ISO8859_1", "IBM819", "ISO_8859_1", "IBM-819",
                        "csISOLatin1" }),
                new Standard("US-ASCII", new String[] { "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII",
                        "iso_646.irv:1983", "ANSI_X3.4-1968", "ISO646-US", "default", "cp367", "csASCII", "us",
                        "IBM367", "ascii7", "646", "iso646-us" }),
                new Standard("UTF-16", new String[] { "UTF_16", "utf16", "unicode", "UnicodeBig" }),
                new Standard("UTF-16BE", new String[] { "X-UTF-16BE", "UTF_16BE", "ISO-10646-UCS-2",
                        "UnicodeBigUnmarked" }),
                new Standard("UTF-16LE", new String[] { "UnicodeLittleUnmarked", "UTF_16LE", "X-UTF-16LE" }) };
        }
        return standard;
    }

    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) {
                throw new IllegalCharsetNameException(s);
            }
        }
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        Charset[] all = standard();
        for (int i = 0; i < all.length; i++) {
            Charset cs = all[i];
            if (cs.name.equalsIgnoreCase(charsetName)) {
                return cs;
            }
            for (int j = 0; j < cs.aliases.length; j++) {
                if (cs.aliases[j].equalsIgnoreCase(charsetName)) {
                    return cs;
                }
            }
        }
        checkName(charsetName);
        return null;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    public static Charset forName(String charsetName, Charset fallback) {
        try {
            Charset cs = lookup(charsetName);
            return cs != null ? cs : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public static SortedMap<String, Charset> availableCharsets() {
        TreeMap<String, Charset> m = new TreeMap<String, Charset>(String.CASE_INSENSITIVE_ORDER);
        Charset[] all = standard();
        for (int i = 0; i < all.length; i++) {
            m.put(all[i].name, all[i]);
        }
        return Collections.unmodifiableSortedMap(m);
    }

    /** UTF-8, as the JDK 18+ default and JDK 17 under a UTF-8 locale. */
    public static Charset defaultCharset() {
        return standard()[0];
    }

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        if (aliasSet == null) {
            HashSet<String> s = new HashSet<String>();
            for (int i = 0; i < aliases.length; i++) {
                s.add(aliases[i]);
            }
            aliasSet = Collections.unmodifiableSet(s);
        }
        return aliasSet;
    }

    public String displayName() {
        return name;
    }

    public String displayName(Locale locale) {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public boolean canEncode() {
        return true;
    }

    public abstract boolean contains(Charset cs);

    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof Charset)) {
            return false;
        }
        return name.equals(((Charset) ob).name());
    }

    @Override
    public final String toString() {
        return name();
    }
}
