package java.text;

import java.io.Serializable;
import java.util.Locale;

/**
 * The symbols DecimalFormat uses, as JDK 17's CLDR data has them for English (the default
 * locale: '.', ',', '∞', "NaN", "E", "¤"/"XXX" without a country) and some thirty other
 * common languages and countries (their separators, minus signs, exponent and NaN
 * symbols and currencies); other locales get the English symbols.
 */
public class DecimalFormatSymbols implements Cloneable, Serializable {
    private char zeroDigit = '0';
    private char groupingSeparator = ',';
    private char decimalSeparator = '.';
    private char perMill = '\u2030';
    private char percent = '%';
    private char digit = '#';
    private char patternSeparator = ';';
    private String infinity = "\u221e";
    private String NaN = "NaN";
    private char minusSign = '-';
    private String currencySymbol = "\u00a4";
    private String intlCurrencySymbol = "XXX";
    private char monetarySeparator = '.';
    private char monetaryGroupingSeparator = ',';
    private char exponential = 'E';
    private String exponentialSeparator = "E";
    private Locale locale;

    public DecimalFormatSymbols() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    public DecimalFormatSymbols(Locale locale) {
        this.locale = locale;
        String l = locale.getLanguage();
        String c = locale.getCountry();
        char[] seps = separators(l, c);
        decimalSeparator = seps[0];
        groupingSeparator = seps[1];
        monetarySeparator = seps[2];
        monetaryGroupingSeparator = seps[3];
        if (l.equals("sv") || l.equals("fi") || l.equals("nb") || l.equals("no")) {
            minusSign = '\u2212';
        }
        if (l.equals("sv")) {
            exponentialSeparator = "\u00d710^";
        } else if (l.equals("uk")) {
            exponentialSeparator = "\u0415";
        } else if (l.equals("el") || l.equals("sk")
                || (l.equals("en") && (c.equals("CA") || c.equals("AU")))) {
            exponentialSeparator = "e";
        }
        if (l.equals("ru")) {
            NaN = "\u043d\u0435\u00a0\u0447\u0438\u0441\u043b\u043e";
        } else if (l.equals("fi")) {
            NaN = "ep\u00e4luku";
        } else if (l.equals("zh") && c.equals("TW")) {
            NaN = "\u975e\u6578\u503c";
        }
        String code = currencyCode(c);
        if (code != null) {
            intlCurrencySymbol = code;
            currencySymbol = currencySymbol(l, c, code);
        }
    }

    public static final DecimalFormatSymbols getInstance() {
        return new DecimalFormatSymbols();
    }

    public static final DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols(locale);
    }

    /** Decimal, grouping, monetary decimal and monetary grouping separators (CLDR, JDK 17). */
    private static char[] separators(String l, String c) {
        if (l.equals("de") && c.equals("CH")) {
            return new char[] {'.', '\u2019', '.', '\u2019'};
        }
        if (l.equals("de") && c.equals("AT")) {
            return new char[] {',', '\u00a0', ',', '.'};
        }
        if (l.equals("fr")) {
            char g = c.equals("CA") ? '\u00a0' : '\u202f';
            return new char[] {',', g, ',', g};
        }
        if (l.equals("pt")) {
            char g = c.equals("PT") ? '\u00a0' : '.';
            return new char[] {',', g, ',', g};
        }
        if (l.equals("de") || l.equals("it") || l.equals("es") || l.equals("nl") || l.equals("in")
                || l.equals("id") || l.equals("tr") || l.equals("da") || l.equals("el")) {
            return new char[] {',', '.', ',', '.'};
        }
        if (l.equals("ru") || l.equals("pl") || l.equals("cs") || l.equals("sv") || l.equals("fi")
                || l.equals("nb") || l.equals("no") || l.equals("uk") || l.equals("sk") || l.equals("hu")) {
            return new char[] {',', '\u00a0', ',', '\u00a0'};
        }
        return new char[] {'.', ',', '.', ','};
    }

    /** The currency and percent patterns of NumberFormat's factories (CLDR, JDK 17). */
    static String[] patterns(Locale locale) {
        String l = locale.getLanguage();
        String c = locale.getCountry();
        String currency;
        String percent = "#,##0%";
        if (l.equals("de") && c.equals("CH")) {
            currency = "\u00a4\u00a0#,##0.00;\u00a4-#,##0.00";
        } else if ((l.equals("de") && c.equals("AT")) || (l.equals("pt") && !c.equals("PT"))
                || l.equals("nb") || l.equals("no") || l.isEmpty()) {
            currency = "\u00a4\u00a0#,##0.00";
        } else if (l.equals("nl")) {
            currency = "\u00a4\u00a0#,##0.00;\u00a4\u00a0-#,##0.00";
        } else if (l.equals("de") || l.equals("fr") || l.equals("it") || l.equals("es") || l.equals("pt")
                || l.equals("ru") || l.equals("pl") || l.equals("sv") || l.equals("fi") || l.equals("da")
                || l.equals("cs") || l.equals("el") || l.equals("hu") || l.equals("uk") || l.equals("sk")) {
            currency = "#,##0.00\u00a0\u00a4";
        } else if ((l.equals("ja") && c.equals("JP")) || (l.equals("ko") && c.equals("KR"))) {
            currency = "\u00a4#,##0";
        } else {
            currency = "\u00a4#,##0.00";
        }
        if (((l.equals("de") && !c.equals("CH")) || l.equals("fr") || l.equals("es") || l.equals("ru")
                || l.equals("sv") || l.equals("fi") || l.equals("nb") || l.equals("no") || l.equals("da")
                || l.equals("cs") || l.equals("sk"))) {
            percent = "#,##0\u00a0%";
        } else if (l.equals("tr")) {
            percent = "%#,##0";
        }
        return new String[] {currency, percent};
    }

    private static String currencyCode(String country) {
        String[] table = {
            "US", "USD", "GB", "GBP", "CA", "CAD", "AU", "AUD", "IN", "INR", "JP", "JPY",
            "CN", "CNY", "TW", "TWD", "KR", "KRW", "CH", "CHF", "BR", "BRL", "RU", "RUB",
            "PL", "PLN", "SE", "SEK", "NO", "NOK", "DK", "DKK", "CZ", "CZK", "TR", "TRY",
            "HU", "HUF", "UA", "UAH", "ID", "IDR", "DE", "EUR", "FR", "EUR", "IT", "EUR",
            "ES", "EUR", "NL", "EUR", "AT", "EUR", "BE", "EUR", "PT", "EUR", "FI", "EUR",
            "IE", "EUR", "GR", "EUR", "SK", "EUR",
        };
        for (int i = 0; i < table.length; i += 2) {
            if (table[i].equals(country)) {
                return table[i + 1];
            }
        }
        return null;
    }

    private static String currencySymbol(String language, String country, String code) {
        String[] table = {
            "USD", "US$", "GBP", "\u00a3", "EUR", "\u20ac", "CAD", "CA$", "AUD", "A$", "INR", "\u20b9",
            "JPY", "\u00a5", "CNY", "CN\u00a5", "TWD", "NT$", "KRW", "\u20a9", "CHF", "CHF",
            "BRL", "R$", "RUB", "RUB", "PLN", "PLN", "SEK", "SEK", "NOK", "NOK", "DKK", "DKK",
            "CZK", "CZK", "TRY", "TRY", "HUF", "HUF", "UAH", "UAH", "IDR", "IDR",
        };
        // the symbol in the country's own language
        if (code.equals("USD") && language.equals("en")) {
            return "$";
        } else if (code.equals("CAD") && language.equals("en")) {
            return "$";
        } else if (code.equals("CAD") && language.equals("fr")) {
            return "$\u00a0CA";
        } else if (code.equals("AUD") && language.equals("en")) {
            return "$";
        } else if (code.equals("JPY") && language.equals("ja")) {
            return "\uffe5";
        } else if (code.equals("CNY") && language.equals("zh")) {
            return "\u00a5";
        } else if (code.equals("TWD") && language.equals("zh")) {
            return "$";
        } else if (code.equals("RUB") && language.equals("ru")) {
            return "\u20bd";
        } else if (code.equals("PLN") && language.equals("pl")) {
            return "z\u0142";
        } else if ((code.equals("SEK") && language.equals("sv")) || (code.equals("NOK") && language.equals("nb"))) {
            return "kr";
        } else if (code.equals("DKK") && language.equals("da")) {
            return "kr.";
        } else if (code.equals("CZK") && language.equals("cs")) {
            return "K\u010d";
        } else if (code.equals("TRY") && language.equals("tr")) {
            return "\u20ba";
        } else if (code.equals("HUF") && language.equals("hu")) {
            return "Ft";
        } else if (code.equals("UAH") && language.equals("uk")) {
            return "\u20b4";
        } else if (code.equals("IDR") && (language.equals("in") || language.equals("id"))) {
            return "Rp";
        }
        for (int i = 0; i < table.length; i += 2) {
            if (table[i].equals(code)) {
                return table[i + 1];
            }
        }
        return code;
    }

    Locale getLocale() {
        return locale;
    }

    public char getZeroDigit() {
        return zeroDigit;
    }

    public void setZeroDigit(char zeroDigit) {
        this.zeroDigit = zeroDigit;
    }

    public char getGroupingSeparator() {
        return groupingSeparator;
    }

    public void setGroupingSeparator(char groupingSeparator) {
        this.groupingSeparator = groupingSeparator;
    }

    public char getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public char getPerMill() {
        return perMill;
    }

    public void setPerMill(char perMill) {
        this.perMill = perMill;
    }

    public char getPercent() {
        return percent;
    }

    public void setPercent(char percent) {
        this.percent = percent;
    }

    public char getDigit() {
        return digit;
    }

    public void setDigit(char digit) {
        this.digit = digit;
    }

    public char getPatternSeparator() {
        return patternSeparator;
    }

    public void setPatternSeparator(char patternSeparator) {
        this.patternSeparator = patternSeparator;
    }

    public String getInfinity() {
        return infinity;
    }

    public void setInfinity(String infinity) {
        this.infinity = infinity;
    }

    public String getNaN() {
        return NaN;
    }

    public void setNaN(String NaN) {
        this.NaN = NaN;
    }

    public char getMinusSign() {
        return minusSign;
    }

    public void setMinusSign(char minusSign) {
        this.minusSign = minusSign;
    }

    public String getCurrencySymbol() {
        return currencySymbol;
    }

    public void setCurrencySymbol(String currency) {
        currencySymbol = currency;
    }

    public String getInternationalCurrencySymbol() {
        return intlCurrencySymbol;
    }

    public void setInternationalCurrencySymbol(String currencyCode) {
        intlCurrencySymbol = currencyCode;
    }

    public char getMonetaryDecimalSeparator() {
        return monetarySeparator;
    }

    public void setMonetaryDecimalSeparator(char sep) {
        monetarySeparator = sep;
    }

    public String getExponentSeparator() {
        return exponentialSeparator;
    }

    public void setExponentSeparator(String exp) {
        if (exp == null) {
            throw new NullPointerException();
        }
        exponentialSeparator = exp;
    }

    public char getMonetaryGroupingSeparator() {
        return monetaryGroupingSeparator;
    }

    public void setMonetaryGroupingSeparator(char monetaryGroupingSeparator) {
        this.monetaryGroupingSeparator = monetaryGroupingSeparator;
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public boolean equals(Object obj) {
        if (obj == null) {
            return false;
        }
        if (this == obj) {
            return true;
        }
        if (getClass() != obj.getClass()) {
            return false;
        }
        DecimalFormatSymbols other = (DecimalFormatSymbols) obj;
        return (zeroDigit == other.zeroDigit
                && groupingSeparator == other.groupingSeparator
                && decimalSeparator == other.decimalSeparator
                && percent == other.percent
                && perMill == other.perMill
                && digit == other.digit
                && minusSign == other.minusSign
                && patternSeparator == other.patternSeparator
                && infinity.equals(other.infinity)
                && NaN.equals(other.NaN)
                && currencySymbol.equals(other.currencySymbol)
                && intlCurrencySymbol.equals(other.intlCurrencySymbol)
                && monetarySeparator == other.monetarySeparator
                && monetaryGroupingSeparator == other.monetaryGroupingSeparator
                && exponentialSeparator.equals(other.exponentialSeparator)
                && locale.equals(other.locale));
    }

    public int hashCode() {
        int result = zeroDigit;
        result = result * 37 + groupingSeparator;
        result = result * 37 + decimalSeparator;
        return result;
    }
}
