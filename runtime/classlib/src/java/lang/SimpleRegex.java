package java.lang;

/**
 * The small regular-expression subset that String.split understands until java.util.regex
 * exists: a sequence of elements, each a literal character, an escape (\t \n \s \d \w and
 * their negations, or an escaped punctuation character), '.', or a character class
 * ([abc] [^a-z] [\s,]), optionally followed by a greedy quantifier (* + ? {n} {n,} {n,m}).
 * Anything else throws UnsupportedOperationException naming the pattern.
 */
final class SimpleRegex {
    /** One element: a set of characters and how many times it repeats. */
    private static final class Element {
        boolean negated;
        /** Inclusive ranges, as pairs lo, hi. */
        char[] ranges = new char[8];
        int rangeCount;
        int min = 1;
        int max = 1;

        void addRange(char lo, char hi) {
            if (rangeCount + 2 > ranges.length) {
                char[] grown = new char[ranges.length * 2];
                System.arraycopy(ranges, 0, grown, 0, rangeCount);
                ranges = grown;
            }
            ranges[rangeCount++] = lo;
            ranges[rangeCount++] = hi;
        }

        boolean matches(char c) {
            boolean in = false;
            for (int i = 0; i < rangeCount; i += 2) {
                if (c >= ranges[i] && c <= ranges[i + 1]) {
                    in = true;
                    break;
                }
            }
            return in != negated;
        }
    }

    private final String pattern;
    private final Element[] elements;

    private SimpleRegex(String pattern) {
        this.pattern = pattern;
        this.elements = parse();
    }

    private UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException(
                "regular expression not supported by rjava's class library yet: \"" + pattern + "\"");
    }

    private Element[] parse() {
        Element[] out = new Element[pattern.length()];
        int n = 0;
        int i = 0;
        int len = pattern.length();
        while (i < len) {
            char c = pattern.charAt(i);
            Element e = new Element();
            if (c == '\\') {
                if (i + 1 >= len) {
                    throw unsupported();
                }
                i = parseEscape(e, i + 1, false);
            } else if (c == '[') {
                i = parseClass(e, i + 1);
            } else if (c == '.') {
                // Any character but a line terminator.
                e.negated = true;
                e.addRange('\n', '\n');
                e.addRange('\r', '\r');
                e.addRange('\u0085', '\u0085');
                e.addRange('\u2028', '\u2029');
                i++;
            } else if ("^$|()*+?{".indexOf(c) >= 0) {
                throw unsupported();
            } else {
                e.addRange(c, c);
                i++;
            }
            i = parseQuantifier(e, i);
            out[n++] = e;
        }
        Element[] exact = new Element[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /** Parses the escape whose letter is at {@code i} into {@code e}; returns the next index. */
    private int parseEscape(Element e, int i, boolean inClass) {
        char c = pattern.charAt(i);
        switch (c) {
            case 's':
            case 'S':
                e.addRange(' ', ' ');
                e.addRange('\t', '\r');
                if (c == 'S') {
                    negate(e, inClass);
                }
                return i + 1;
            case 'd':
            case 'D':
                e.addRange('0', '9');
                if (c == 'D') {
                    negate(e, inClass);
                }
                return i + 1;
            case 'w':
            case 'W':
                e.addRange('a', 'z');
                e.addRange('A', 'Z');
                e.addRange('0', '9');
                e.addRange('_', '_');
                if (c == 'W') {
                    negate(e, inClass);
                }
                return i + 1;
            case 't':
                e.addRange('\t', '\t');
                return i + 1;
            case 'n':
                e.addRange('\n', '\n');
                return i + 1;
            case 'r':
                e.addRange('\r', '\r');
                return i + 1;
            case 'f':
                e.addRange('\f', '\f');
                return i + 1;
            case 'e':
                e.addRange('\u001B', '\u001B');
                return i + 1;
            case 'u':
                if (i + 5 <= pattern.length()) {
                    char u = (char) parseHex(i + 1, i + 5);
                    e.addRange(u, u);
                    return i + 5;
                }
                throw unsupported();
            case 'x':
                if (i + 3 <= pattern.length()) {
                    char x = (char) parseHex(i + 1, i + 3);
                    e.addRange(x, x);
                    return i + 3;
                }
                throw unsupported();
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    throw unsupported();
                }
                e.addRange(c, c);
                return i + 1;
        }
    }

    private void negate(Element e, boolean inClass) {
        if (inClass) {
            throw unsupported(); // [\S...] would need set subtraction
        }
        e.negated = true;
    }

    private int parseHex(int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(pattern.charAt(i), 16);
            if (d < 0) {
                throw unsupported();
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Parses a class whose first item is at {@code i} (just after '['); returns the next index. */
    private int parseClass(Element e, int i) {
        int len = pattern.length();
        if (i < len && pattern.charAt(i) == '^') {
            e.negated = true;
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= len) {
                throw unsupported();
            }
            char c = pattern.charAt(i);
            if (c == ']' && !first) {
                return i + 1;
            }
            first = false;
            if (c == '[' || (c == '&' && i + 1 < len && pattern.charAt(i + 1) == '&')) {
                throw unsupported();
            }
            char lo;
            if (c == '\\') {
                if (i + 1 >= len) {
                    throw unsupported();
                }
                char next = pattern.charAt(i + 1);
                if ("sdwSDW".indexOf(next) >= 0) {
                    i = parseEscape(e, i + 1, true);
                    continue;
                }
                Element single = new Element();
                i = parseEscape(single, i + 1, true);
                lo = single.ranges[0];
            } else {
                lo = c;
                i++;
            }
            if (i + 1 < len && pattern.charAt(i) == '-' && pattern.charAt(i + 1) != ']') {
                char hi = pattern.charAt(i + 1);
                if (hi == '\\' || hi == '[') {
                    throw unsupported();
                }
                if (hi < lo) {
                    throw unsupported();
                }
                e.addRange(lo, hi);
                i += 2;
            } else {
                e.addRange(lo, lo);
            }
        }
    }

    private int parseQuantifier(Element e, int i) {
        if (i >= pattern.length()) {
            return i;
        }
        char c = pattern.charAt(i);
        if (c == '*') {
            e.min = 0;
            e.max = Integer.MAX_VALUE;
            i++;
        } else if (c == '+') {
            e.min = 1;
            e.max = Integer.MAX_VALUE;
            i++;
        } else if (c == '?') {
            e.min = 0;
            e.max = 1;
            i++;
        } else if (c == '{') {
            int close = pattern.indexOf('}', i);
            if (close < 0) {
                throw unsupported();
            }
            String body = pattern.substring(i + 1, close);
            int comma = body.indexOf(',');
            try {
                if (comma < 0) {
                    e.min = Integer.parseInt(body);
                    e.max = e.min;
                } else {
                    e.min = Integer.parseInt(body.substring(0, comma));
                    String hi = body.substring(comma + 1);
                    e.max = hi.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(hi);
                }
            } catch (NumberFormatException ex) {
                throw unsupported();
            }
            if (e.min < 0 || e.max < e.min) {
                throw unsupported();
            }
            i = close + 1;
        } else {
            return i;
        }
        if (i < pattern.length() && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
            throw unsupported(); // reluctant and possessive quantifiers
        }
        return i;
    }

    /** The end of a match of elements[k..] starting at {@code pos}, or -1 (greedy, backtracking). */
    private int matchFrom(String input, int k, int pos) {
        if (k == elements.length) {
            return pos;
        }
        Element e = elements[k];
        int len = input.length();
        int count = 0;
        while (count < e.max && pos + count < len && e.matches(input.charAt(pos + count))) {
            count++;
        }
        for (; count >= e.min; count--) {
            int end = matchFrom(input, k + 1, pos + count);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** String.split's algorithm (Pattern.split in the JDK). */
    static String[] split(String input, String regex, int limit) {
        SimpleRegex re = new SimpleRegex(regex);
        int len = input.length();
        String[] list = new String[8];
        int size = 0;
        int index = 0;
        boolean matchLimited = limit > 0;
        int from = 0;
        while (from <= len) {
            // find(): the next match at or after 'from'
            int start = -1;
            int end = -1;
            for (int s = from; s <= len; s++) {
                int e = re.matchFrom(input, 0, s);
                if (e >= 0) {
                    start = s;
                    end = e;
                    break;
                }
            }
            if (start < 0) {
                break;
            }
            from = (end == start) ? end + 1 : end;
            if (!matchLimited || size < limit - 1) {
                if (index == 0 && start == 0 && start == end) {
                    // no empty leading substring for a zero-width match at the beginning
                    continue;
                }
                if (size == list.length) {
                    list = grow(list);
                }
                list[size++] = input.substring(index, start);
                index = end;
            } else if (size == limit - 1) {
                if (size == list.length) {
                    list = grow(list);
                }
                list[size++] = input.substring(index, len);
                index = end;
            }
        }
        if (index == 0) {
            return new String[] { input };
        }
        if (!matchLimited || size < limit) {
            if (size == list.length) {
                list = grow(list);
            }
            list[size++] = input.substring(index, len);
        }
        int resultSize = size;
        if (limit == 0) {
            while (resultSize > 0 && list[resultSize - 1].isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        System.arraycopy(list, 0, result, 0, resultSize);
        return result;
    }

    private static String[] grow(String[] list) {
        String[] grown = new String[list.length * 2];
        System.arraycopy(list, 0, grown, 0, list.length);
        return grown;
    }
}
