package java.util.regex;

import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Matches a Pattern against a character sequence: matches(), lookingAt(), find(), the
 * groups of the last match, regions and bounds, and replacement ($n, ${name}, \ escapes).
 */
public final class Matcher implements MatchResult {
    static final int ENDANCHOR = 1;
    static final int NOANCHOR = 0;

    private Pattern parentPattern;
    private CharSequence text;

    /** Start and end of each group of the last match (-1: did not participate). */
    int[] groups;
    /** Scratch slots for the nodes (group starts, loop counters, ...). */
    int[] locals;

    /** The region. */
    int from;
    int to;
    /** Start of the last match, or -1 if the last attempt failed or there was none. */
    int first = -1;
    /** End of the last match. */
    int last = 0;
    /** End of the previous match, for \G. */
    int oldLast = -1;
    private int lastAppendPosition = 0;

    /** Per memoizing loop: memo[k][i] == memoGeneration when another iteration at i failed. */
    private int[][] memo;
    private int memoGeneration;

    int acceptMode = NOANCHOR;
    boolean hitEnd;
    boolean requireEnd;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;
    private int modCount;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        groups = new int[parent.capturingGroupCount * 2];
        locals = new int[parent.localCount];
        reset();
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        int[] g = groups.clone();
        return new Snapshot(first < 0 ? null : text.toString(), g, first, last, groupCount());
    }

    /** An immutable copy of a match result. */
    private static final class Snapshot implements MatchResult {
        private final String text;
        private final int[] groups;
        private final int first;
        private final int last;
        private final int groupCount;

        Snapshot(String text, int[] groups, int first, int last, int groupCount) {
            this.text = text;
            this.groups = groups;
            this.first = first;
            this.last = last;
            this.groupCount = groupCount;
        }

        private void check() {
            if (text == null) {
                throw new IllegalStateException("No match found");
            }
        }

        private void checkGroup(int group) {
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int start() {
            check();
            return first;
        }

        public int start(int group) {
            check();
            checkGroup(group);
            return groups[group * 2];
        }

        public int end() {
            check();
            return last;
        }

        public int end(int group) {
            check();
            checkGroup(group);
            return groups[group * 2 + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int group) {
            check();
            checkGroup(group);
            if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
                return null;
            }
            return text.substring(groups[group * 2], groups[group * 2 + 1]);
        }

        public int groupCount() {
            return groupCount;
        }
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        groups = new int[newPattern.capturingGroupCount * 2];
        locals = new int[newPattern.localCount];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
        for (int i = 0; i < locals.length; i++) {
            locals[i] = -1;
        }
        modCount++;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
        for (int i = 0; i < locals.length; i++) {
            locals[i] = -1;
        }
        lastAppendPosition = 0;
        from = 0;
        to = getTextLength();
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    public int start() {
        checkMatch();
        return first;
    }

    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[groupIndex(name) * 2];
    }

    public int end() {
        checkMatch();
        return last;
    }

    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[groupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public String group(String name) {
        int group = groupIndex(name);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    private int groupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        if (parentPattern.namedGroups == null || !parentPattern.namedGroups.containsKey(name)) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return parentPattern.namedGroups.get(name).intValue();
    }

    public int groupCount() {
        return parentPattern.capturingGroupCount - 1;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            for (int i = 0; i < groups.length; i++) {
                groups[i] = -1;
            }
            return false;
        }
        return search(next);
    }

    public boolean find(int start) {
        int limit = getTextLength();
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    boolean memoFailed(int k, int i) {
        int[] positions = memo[k];
        return positions != null && positions[i] == memoGeneration;
    }

    void memoMark(int k, int i) {
        int[] positions = memo[k];
        if (positions == null || positions.length <= i) {
            positions = new int[getTextLength() + 1];
            memo[k] = positions;
        }
        positions[i] = memoGeneration;
    }

    private void prepare(int start, int mode) {
        if (parentPattern.memoCount > 0) {
            if (memo == null || memo.length != parentPattern.memoCount) {
                memo = new int[parentPattern.memoCount][];
            }
            memoGeneration++;
        }
        hitEnd = false;
        requireEnd = false;
        first = start;
        oldLast = oldLast < 0 ? start : oldLast;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = -1;
        }
        for (int i = 0; i < locals.length; i++) {
            locals[i] = -1;
        }
        acceptMode = mode;
    }

    /** Finds the next match starting at or after start. */
    boolean search(int start) {
        start = start < 0 ? 0 : start;
        prepare(start, NOANCHOR);
        boolean result = false;
        Pattern.Node root = parentPattern.root;
        int guard = to - parentPattern.minLength;
        CharSequence s = text;
        for (int i = start; i <= guard; i++) {
            first = i;
            if (root.match(this, i, s)) {
                result = true;
                break;
            }
        }
        if (!result) {
            hitEnd = true;
            first = -1;
        }
        oldLast = last;
        modCount++;
        return result;
    }

    /** Matches at start only (matches() and lookingAt()). */
    boolean match(int start, int mode) {
        start = start < 0 ? 0 : start;
        prepare(start, mode);
        boolean result = parentPattern.root.match(this, start, text);
        if (!result) {
            first = -1;
        }
        oldLast = last;
        modCount++;
        return result;
    }

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        expandReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder result = new StringBuilder();
        expandReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    /** Appends the replacement with $n, ${name} and \x expanded. */
    private void expandReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        int n = replacement.length();
        while (cursor < n) {
            char c = replacement.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == n) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                result.append(replacement.charAt(cursor));
                cursor++;
            } else if (c == '$') {
                cursor++;
                if (cursor == n) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                char next = replacement.charAt(cursor);
                int ref;
                if (next == '{') {
                    cursor++;
                    int start = cursor;
                    while (cursor < n) {
                        char d = replacement.charAt(cursor);
                        if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9')) {
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (cursor == start) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (cursor == n || replacement.charAt(cursor) != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String name = replacement.substring(start, cursor);
                    cursor++;
                    if (parentPattern.namedGroups == null || !parentPattern.namedGroups.containsKey(name)) {
                        throw new IllegalArgumentException("No group with name {" + name + "}");
                    }
                    ref = parentPattern.namedGroups.get(name).intValue();
                } else {
                    ref = next - '0';
                    if (ref < 0 || ref > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < n) {
                        int d = replacement.charAt(cursor) - '0';
                        if (d < 0 || d > 9) {
                            break;
                        }
                        int more = ref * 10 + d;
                        if (groupCount() < more) {
                            break;
                        }
                        ref = more;
                        cursor++;
                    }
                }
                if (start(ref) != -1 && end(ref) != -1) {
                    result.append(text, start(ref), end(ref));
                }
            } else {
                result.append(c);
                cursor++;
            }
        }
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                int expected = modCount;
                String replacement = replacer.apply(this);
                if (expected != modCount) {
                    throw new ConcurrentModificationException();
                }
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        int expected = modCount;
        String replacement = replacer.apply(this);
        if (expected != modCount) {
            throw new ConcurrentModificationException();
        }
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    /** The remaining matches, found lazily by find(), each as toMatchResult() gives it. */
    public java.util.stream.Stream<MatchResult> results() {
        java.util.Iterator<MatchResult> iter = new java.util.Iterator<MatchResult>() {
            private MatchResult nextResult;
            private int expectedCount = -1;
            private boolean done;

            public boolean hasNext() {
                if (expectedCount >= 0 && expectedCount != modCount) {
                    throw new ConcurrentModificationException();
                }
                if (nextResult != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                if (!find()) {
                    done = true;
                    return false;
                }
                nextResult = toMatchResult();
                expectedCount = modCount;
                return true;
            }

            public MatchResult next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                MatchResult r = nextResult;
                nextResult = null;
                return r;
            }
        };
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(iter,
                java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
    }

    public Matcher region(int start, int end) {
        if (start < 0 || start > getTextLength()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > getTextLength()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    int getTextLength() {
        return text.length();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("java.util.regex.Matcher[pattern=").append(pattern());
        sb.append(" region=").append(regionStart()).append(',').append(regionEnd());
        sb.append(" lastmatch=");
        if (first >= 0 && group() != null) {
            sb.append(group());
        }
        sb.append(']');
        return sb.toString();
    }
}
