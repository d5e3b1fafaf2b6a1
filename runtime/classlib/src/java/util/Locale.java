package java.util;

import java.io.Serializable;

/**
 * A language, country and variant. Only identification: the class library formats
 * numbers the same way for every locale except that Formatter and Scanner use the
 * decimal and grouping separators of a few common languages (see Formatter). The
 * default locale is "en" unless the system properties user.language/user.country say
 * otherwise.
 */
public final class Locale implements Cloneable, Serializable {
    private static final long serialVersionUID = 9149081749638150636L;

    /** The categories of getDefault(Category)/setDefault(Category, Locale). */
    public enum Category {
        DISPLAY,
        FORMAT
    }

    public static final Locale ENGLISH = new Locale("en", "", "", true);
    public static final Locale FRENCH = new Locale("fr", "", "", true);
    public static final Locale GERMAN = new Locale("de", "", "", true);
    public static final Locale ITALIAN = new Locale("it", "", "", true);
    public static final Locale JAPANESE = new Locale("ja", "", "", true);
    public static final Locale KOREAN = new Locale("ko", "", "", true);
    public static final Locale CHINESE = new Locale("zh", "", "", true);
    public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN", "", true);
    public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW", "", true);
    public static final Locale FRANCE = new Locale("fr", "FR", "", true);
    public static final Locale GERMANY = new Locale("de", "DE", "", true);
    public static final Locale ITALY = new Locale("it", "IT", "", true);
    public static final Locale JAPAN = new Locale("ja", "JP", "", true);
    public static final Locale KOREA = new Locale("ko", "KR", "", true);
    public static final Locale UK = new Locale("en", "GB", "", true);
    public static final Locale US = new Locale("en", "US", "", true);
    public static final Locale CANADA = new Locale("en", "CA", "", true);
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA", "", true);
    public static final Locale ROOT = new Locale("", "", "", true);
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;

    private static Locale defaultLocale;
    private static Locale defaultDisplay;
    private static Locale defaultFormat;

    private final String language;
    private final String country;
    private final String variant;

    private Locale(String language, String country, String variant, boolean exact) {
        this.language = language;
        this.country = country;
        this.variant = variant;
    }

    public Locale(String language, String country, String variant) {
        if (language == null || country == null || variant == null) {
            throw new NullPointerException();
        }
        this.language = convertOldISOCodes(toLowerAscii(language));
        this.country = toUpperAscii(country);
        this.variant = variant;
    }

    public Locale(String language, String country) {
        this(language, country, "");
    }

    public Locale(String language) {
        this(language, "", "");
    }

    private static String convertOldISOCodes(String language) {
        if (language.equals("he")) {
            return "iw";
        }
        if (language.equals("yi")) {
            return "ji";
        }
        if (language.equals("id")) {
            return "in";
        }
        return language;
    }

    private static String toLowerAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c + 32));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String toUpperAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c - 32));
            }
        }
        return sb == null ? s : sb.toString();
    }

    public static Locale getDefault() {
        synchronized (Locale.class) {
            if (defaultLocale == null) {
                String language = System.getProperty("user.language", "en");
                String country = System.getProperty("user.country", "");
                String variant = System.getProperty("user.variant", "");
                defaultLocale = new Locale(language, country, variant);
            }
            return defaultLocale;
        }
    }

    public static Locale getDefault(Locale.Category category) {
        if (category == null) {
            throw new NullPointerException();
        }
        synchronized (Locale.class) {
            if (category == Category.DISPLAY) {
                if (defaultDisplay == null) {
                    defaultDisplay = getDefault();
                }
                return defaultDisplay;
            }
            if (defaultFormat == null) {
                defaultFormat = getDefault();
            }
            return defaultFormat;
        }
    }

    public static void setDefault(Locale newLocale) {
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        synchronized (Locale.class) {
            defaultLocale = newLocale;
            defaultDisplay = newLocale;
            defaultFormat = newLocale;
        }
    }

    public static void setDefault(Locale.Category category, Locale newLocale) {
        if (category == null) {
            throw new NullPointerException("Category cannot be NULL");
        }
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        synchronized (Locale.class) {
            if (category == Category.DISPLAY) {
                defaultDisplay = newLocale;
            } else {
                defaultFormat = newLocale;
            }
        }
    }

    public static Locale[] getAvailableLocales() {
        return new Locale[] { ROOT, ENGLISH, US, UK, CANADA, FRENCH, FRANCE, CANADA_FRENCH, GERMAN,
                GERMANY, ITALIAN, ITALY, JAPANESE, JAPAN, KOREAN, KOREA, CHINESE, SIMPLIFIED_CHINESE,
                TRADITIONAL_CHINESE };
    }

    /** A locale from an IETF BCP 47 tag; understands language[-script][-region] only. */
    public static Locale forLanguageTag(String languageTag) {
        if (languageTag == null) {
            throw new NullPointerException();
        }
        String[] parts = languageTag.split("-");
        String lang = "";
        String region = "";
        int i = 0;
        if (i < parts.length && isAlpha(parts[i], 2, 8)) {
            lang = parts[i++];
            if (lang.equalsIgnoreCase("und")) {
                lang = "";
            }
        } else {
            return ROOT;
        }
        if (i < parts.length && isAlpha(parts[i], 4, 4)) {
            i++; // script: not kept
        }
        if (i < parts.length && (isAlpha(parts[i], 2, 2) || isDigits(parts[i], 3))) {
            region = parts[i];
        }
        return new Locale(lang, region);
    }

    private static boolean isAlpha(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int n) {
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String getScript() {
        return "";
    }

    public boolean hasExtensions() {
        return false;
    }

    public Locale stripExtensions() {
        return this;
    }

    public String toLanguageTag() {
        StringBuilder sb = new StringBuilder();
        String lang = language;
        if (lang.equals("iw")) {
            lang = "he";
        } else if (lang.equals("ji")) {
            lang = "yi";
        } else if (lang.equals("in")) {
            lang = "id";
        }
        sb.append(lang.isEmpty() ? "und" : lang);
        if (!country.isEmpty()) {
            sb.append('-').append(country);
        }
        if (!variant.isEmpty()) {
            sb.append('-').append(variant);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        boolean l = !language.isEmpty();
        boolean c = !country.isEmpty();
        boolean v = !variant.isEmpty();
        StringBuilder sb = new StringBuilder(language);
        if (c || (l && v)) {
            sb.append('_').append(country);
        }
        if (v && (l || c)) {
            sb.append('_').append(variant);
        }
        return sb.toString();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Locale)) {
            return false;
        }
        Locale o = (Locale) obj;
        return language.equals(o.language) && country.equals(o.country) && variant.equals(o.variant);
    }

    @Override
    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    // ---------------------------------------------------------------- number symbols

    /**
     * The decimal separator, grouping separator and zero digit that Formatter and Scanner
     * use, as the JDK's CLDR data gives them for a few common languages; every other locale
     * gets the English symbols.
     */
    char decimalSeparator() {
        switch (symbolsKind()) {
            case 1:
            case 2:
            case 3:
                return ',';
            default:
                return '.';
        }
    }

    char groupingSeparator() {
        switch (symbolsKind()) {
            case 1:
                return '.';
            case 2:
                return '\u202f';
            case 3:
                return '\u00a0';
            case 4:
                return '\u2019';
            default:
                return ',';
        }
    }

    /**
     * 0: English; 1: ',' decimal and '.' grouping; 2: French (narrow no-break space);
     * 3: ',' and no-break space; 4: Swiss German ('.' and right single quotation mark).
     */
    private int symbolsKind() {
        String l = language;
        if (l.equals("de") && country.equals("CH")) {
            return 4;
        }
        if (l.equals("de") || l.equals("it") || l.equals("es") || l.equals("nl") || l.equals("in")
                || l.equals("tr") || l.equals("da") || l.equals("el")) {
            return 1;
        }
        if (l.equals("pt")) {
            return country.equals("PT") ? 3 : 1;
        }
        if (l.equals("fr")) {
            return country.equals("CA") ? 3 : 2;
        }
        if (l.equals("ru") || l.equals("pl") || l.equals("cs") || l.equals("sv") || l.equals("fi")
                || l.equals("nb") || l.equals("uk") || l.equals("sk") || l.equals("hu")) {
            return 3;
        }
        return 0;
    }
}
