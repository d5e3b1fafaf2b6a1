package java.util;

/**
 * Splits a string into tokens at delimiter characters, as JDK 17's: delimiters are
 * compared as chars unless the delimiter string holds a surrogate, then as code points;
 * with returnDelims every delimiter is a token of its own; nextToken(String) switches the
 * delimiter set for this and later calls. A null string fails at construction, a null
 * delimiter set at the first use (NullPointerException), an exhausted tokenizer with
 * NoSuchElementException (no message).
 */
public class StringTokenizer implements Enumeration<Object> {
    private int currentPosition;
    private int newPosition;
    private final int maxPosition;
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private boolean delimsChanged;
    private int maxDelimCodePoint;
    private boolean hasSurrogates = false;

    public StringTokenizer(String str, String delim, boolean returnDelims) {
        currentPosition = 0;
        newPosition = -1;
        delimsChanged = false;
        this.str = str;
        maxPosition = str.length();
        delimiters = delim;
        retDelims = returnDelims;
        setMaxDelimCodePoint();
    }

    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    /** The largest delimiter (char or code point), a quick test before the search. */
    private void setMaxDelimCodePoint() {
        if (delimiters == null) {
            maxDelimCodePoint = 0;
            return;
        }
        int m = 0;
        int c;
        for (int i = 0; i < delimiters.length(); i += Character.charCount(c)) {
            c = delimiters.charAt(i);
            if (c >= Character.MIN_HIGH_SURROGATE && c <= Character.MAX_LOW_SURROGATE) {
                c = delimiters.codePointAt(i);
                hasSurrogates = true;
            }
            if (m < c) {
                m = c;
            }
        }
        maxDelimCodePoint = m;
    }

    private boolean isDelimiter(int codePoint) {
        if (codePoint > maxDelimCodePoint) {
            return false;
        }
        if (!hasSurrogates) {
            return delimiters.indexOf((char) codePoint) >= 0;
        }
        for (int i = 0; i < delimiters.length(); ) {
            int d = delimiters.codePointAt(i);
            if (d == codePoint) {
                return true;
            }
            i += Character.charCount(d);
        }
        return false;
    }

    private int charAt(int position) {
        return hasSurrogates ? str.codePointAt(position) : str.charAt(position);
    }

    private int width(int c) {
        return hasSurrogates ? Character.charCount(c) : 1;
    }

    private int skipDelimiters(int startPos) {
        if (delimiters == null) {
            throw new NullPointerException();
        }
        int position = startPos;
        while (!retDelims && position < maxPosition) {
            int c = charAt(position);
            if (!isDelimiter(c)) {
                break;
            }
            position += width(c);
        }
        return position;
    }

    private int scanToken(int startPos) {
        int position = startPos;
        while (position < maxPosition) {
            int c = charAt(position);
            if (isDelimiter(c)) {
                break;
            }
            position += width(c);
        }
        if (retDelims && startPos == position) {
            int c = charAt(position);
            if (isDelimiter(c)) {
                position += width(c);
            }
        }
        return position;
    }

    public boolean hasMoreTokens() {
        newPosition = skipDelimiters(currentPosition);
        return newPosition < maxPosition;
    }

    public String nextToken() {
        currentPosition = (newPosition >= 0 && !delimsChanged)
                ? newPosition : skipDelimiters(currentPosition);
        delimsChanged = false;
        newPosition = -1;
        if (currentPosition >= maxPosition) {
            throw new NoSuchElementException();
        }
        int start = currentPosition;
        currentPosition = scanToken(currentPosition);
        return str.substring(start, currentPosition);
    }

    public String nextToken(String delim) {
        delimiters = delim;
        delimsChanged = true;
        setMaxDelimCodePoint();
        return nextToken();
    }

    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    public Object nextElement() {
        return nextToken();
    }

    public int countTokens() {
        int count = 0;
        int position = currentPosition;
        while (position < maxPosition) {
            position = skipDelimiters(position);
            if (position >= maxPosition) {
                break;
            }
            position = scanToken(position);
            count++;
        }
        return count;
    }
}
