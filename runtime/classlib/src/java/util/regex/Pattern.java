package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A compiled regular expression, matched by backtracking (see Matcher). The syntax is
 * java.util.regex's: literals and escapes (\t \n \x41 \x{1F600} \u0041 \0101 \cA \Q...\E),
 * '.', character classes with ranges, negation, union, intersection (&&) and the
 * predefined classes (\d \D \s \S \w \W \h \H \v \V, \p{...} for POSIX names, general
 * categories, java.lang.Character properties and binary properties; not scripts or
 * blocks), anchors (^ $ \A \z \Z \b \B \G), \R and an approximate \X, groups (capturing,
 * named, non-capturing, atomic, lookahead and lookbehind), alternation, greedy, reluctant
 * and possessive quantifiers, back references, and the flags (inline as well) except
 * CANON_EQ, which is accepted and ignored. Errors throw PatternSyntaxException with the
 * JDK's descriptions and indexes for the common mistakes.
 */
public final class Pattern implements java.io.Serializable {
    private static final long serialVersionUID = 5073258162644648461L;

    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;
    private static final int ALL_FLAGS = 0x1ff;

    private static final int INF = Integer.MAX_VALUE;

    private final String pattern;
    private int flags0;

    /** The first node of the compiled pattern. */
    transient Node root;
    /** Capturing groups including group 0. */
    transient int capturingGroupCount;
    /** Matcher.locals slots the nodes use. */
    transient int localCount;
    /** The shortest length a match can have. */
    transient int minLength;
    transient Map<String, Integer> namedGroups;
    /** How many loops remember the positions where another iteration failed. */
    transient int memoCount;

    private transient boolean hasBackRef;
    private transient ArrayList<Loop> unboundedLoops;

    // Parser state, only during compilation.
    private transient int flags;
    private transient int cursor;
    private transient int patternLength;

    private Pattern(String p, int f) {
        if ((f & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(f));
        }
        pattern = p;
        flags0 = f;
        flags = f;
        if ((flags & UNICODE_CHARACTER_CLASS) != 0) {
            flags |= UNICODE_CASE;
        }
        capturingGroupCount = 1;
        compile();
        flags0 = flags;
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    /** The flags in effect at the end of the pattern (the given ones and top-level inline ones). */
    public int flags() {
        return flags0;
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> list = new ArrayList<String>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || list.size() < limit - 1) {
                if (index == 0 && m.start() == 0 && m.start() == m.end()) {
                    // no empty leading substring for a zero-width match at the beginning
                    continue;
                }
                list.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (list.size() == limit - 1) {
                list.add(input.subSequence(index, input.length()).toString());
                index = m.end();
            }
        }
        if (index == 0) {
            return new String[] { input.toString() };
        }
        if (!matchLimited || list.size() < limit) {
            list.add(input.subSequence(index, input.length()).toString());
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) {
            result[i] = list.get(i);
        }
        return result;
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /** The strings split(input) returns, as a stream. */
    public java.util.stream.Stream<String> splitAsStream(CharSequence input) {
        return java.util.Arrays.stream(split(input, 0));
    }

    /** A pattern that matches s literally: s between \Q and \E, with any \E in s spelled out. */
    public static String quote(String s) {
        if (s.indexOf("\\E") < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int from = 0;
        int at;
        while ((at = s.indexOf("\\E", from)) >= 0) {
            sb.append(s, from, at);
            sb.append("\\E\\\\E\\Q");
            from = at + 2;
        }
        sb.append(s, from, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    public Predicate<String> asPredicate() {
        final Pattern p = this;
        return new Predicate<String>() {
            public boolean test(String s) {
                return p.matcher(s).find();
            }
        };
    }

    public Predicate<String> asMatchPredicate() {
        final Pattern p = this;
        return new Predicate<String>() {
            public boolean test(String s) {
                return p.matcher(s).matches();
            }
        };
    }

    // ================================================================ compilation

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private void compile() {
        patternLength = pattern.length();
        Frag f;
        if ((flags & LITERAL) != 0) {
            f = new Frag();
            for (int i = 0; i < patternLength;) {
                int cp = pattern.codePointAt(i);
                i += Character.charCount(cp);
                f = concat(f, literal(cp));
            }
        } else {
            cursor = 0;
            f = parseAlternation();
            if (cursor < patternLength) {
                // parseAlternation stops only at the end or at a ')'
                throw error("Unmatched closing ')'", cursor - 1);
            }
        }
        Node accept = new Accept();
        if (f.head == null) {
            root = accept;
        } else {
            f.tail.next = accept;
            root = f.head;
        }
        minLength = f.min;
        if (!hasBackRef && unboundedLoops != null) {
            markTopLevelLoops();
        }
        unboundedLoops = null;
    }

    /**
     * Lets the greedy unbounded loops that are not inside another loop, a lookaround or an
     * atomic group remember where another iteration failed: whether the rest of the
     * pattern matches from a position then depends only on the position (there are no
     * back references), so a failed attempt need not be repeated. This keeps patterns
     * like (a+a+)+b from taking exponential time, as the JDK's matcher does.
     */
    private void markTopLevelLoops() {
        java.util.IdentityHashMap<Node, Boolean> seen = new java.util.IdentityHashMap<Node, Boolean>();
        ArrayList<Node> work = new ArrayList<Node>();
        work.add(root);
        while (!work.isEmpty()) {
            Node n = work.remove(work.size() - 1);
            if (n == null || seen.containsKey(n)) {
                continue;
            }
            seen.put(n, Boolean.TRUE);
            if (n instanceof Loop) {
                Loop loop = (Loop) n;
                if (!loop.lazy && loop.max == INF && unboundedLoops.contains(loop)) {
                    loop.memo = memoCount++;
                }
            } else if (n instanceof Branch) {
                Node[] alts = ((Branch) n).alternatives;
                for (int i = 0; i < alts.length; i++) {
                    work.add(alts[i]);
                }
            }
            work.add(n.next);
        }
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    // ---------------------------------------------------------------- reading

    private boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** In COMMENTS mode, skips white space and #-comments at the cursor. */
    private void skipComments() {
        if (!has(COMMENTS)) {
            return;
        }
        while (cursor < patternLength) {
            char c = pattern.charAt(cursor);
            if (isSpace(c)) {
                cursor++;
            } else if (c == '#') {
                while (cursor < patternLength && !isLineSeparator(pattern.charAt(cursor))) {
                    cursor++;
                }
            } else {
                break;
            }
        }
    }

    private boolean isLineSeparator(char c) {
        if (has(UNIX_LINES)) {
            return c == '\n';
        }
        return c == '\n' || c == '\r' || (c | 1) == '\u2029' || c == '\u0085';
    }

    /** The char at the cursor after comments, or -1 at the end. */
    private int peek() {
        skipComments();
        return cursor < patternLength ? pattern.charAt(cursor) : -1;
    }

    /** The char at the cursor as it is, or -1 at the end. */
    private int peekRaw() {
        return cursor < patternLength ? pattern.charAt(cursor) : -1;
    }

    private int peekRaw(int offset) {
        int i = cursor + offset;
        return i < patternLength ? pattern.charAt(i) : -1;
    }

    /** The code point at the cursor, advancing past it. */
    private int readCodePoint() {
        int cp = pattern.codePointAt(cursor);
        cursor += Character.charCount(cp);
        return cp;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---------------------------------------------------------------- fragments

    /** A piece of the node graph: head..tail (tail.next is linked later), and its lengths. */
    static final class Frag {
        Node head;
        Node tail;
        int min;
        /** -1: unbounded */
        int max;
        /** Set when the fragment is a single CharNode with this predicate. */
        CharPredicate single;
        /** Set (>= 0) when the fragment is a case-sensitive literal code point. */
        int literal = -1;
        /** Contains an alternation or a quantifier with a choice (the JDK's "not deterministic"). */
        boolean hasBranch;
        /** Is exactly a capturing group (GroupHead .. GroupTail). */
        boolean capturingGroup;

        Frag() {
        }

        Frag(Node node, int min, int max) {
            head = node;
            tail = node;
            this.min = min;
            this.max = max;
        }
    }

    private static int addLength(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        long sum = (long) a + b;
        return sum > INF ? -1 : (int) sum;
    }

    private static Frag concat(Frag a, Frag b) {
        if (a.head == null) {
            Frag f = new Frag();
            f.head = b.head;
            f.tail = b.tail;
            f.min = a.min + b.min;
            f.max = addLength(a.max, b.max);
            if (a.max == 0) {
                f.single = b.single;
                f.literal = b.literal;
                f.capturingGroup = b.capturingGroup;
            }
            f.hasBranch = a.hasBranch || b.hasBranch;
            return f;
        }
        if (b.head == null) {
            Frag f = new Frag();
            f.head = a.head;
            f.tail = a.tail;
            f.min = a.min + b.min;
            f.max = addLength(a.max, b.max);
            if (b.max == 0) {
                f.single = a.single;
                f.literal = a.literal;
                f.capturingGroup = a.capturingGroup;
            }
            f.hasBranch = a.hasBranch || b.hasBranch;
            return f;
        }
        a.tail.next = b.head;
        Frag f = new Frag();
        f.head = a.head;
        f.tail = b.tail;
        f.min = (int) Math.min((long) a.min + b.min, INF);
        f.max = addLength(a.max, b.max);
        f.hasBranch = a.hasBranch || b.hasBranch;
        return f;
    }

    private Frag charFrag(CharPredicate p) {
        Frag f = new Frag(new CharNode(p), 1, 2);
        f.single = p;
        return f;
    }

    /** A literal code point, folded as the case flags say. */
    private Frag literal(int cp) {
        Frag f = charFrag(singleChar(cp));
        if (!has(CASE_INSENSITIVE)) {
            f.literal = cp;
        }
        return f;
    }

    private CharPredicate singleChar(int cp) {
        if (has(CASE_INSENSITIVE)) {
            if (has(UNICODE_CASE)) {
                int folded = Character.toLowerCase(Character.toUpperCase(cp));
                if (folded != cp || Character.toUpperCase(cp) != cp) {
                    return new SingleU(folded);
                }
            } else if (isAsciiLetter(cp)) {
                return new SingleI(cp);
            }
        }
        return new Single(cp);
    }

    // ---------------------------------------------------------------- expressions

    private Frag parseAlternation() {
        Frag first = parseSequence();
        if (peek() != '|') {
            return first;
        }
        ArrayList<Frag> alts = new ArrayList<Frag>();
        alts.add(first);
        while (peek() == '|') {
            cursor++;
            alts.add(parseSequence());
        }
        BranchEnd end = new BranchEnd();
        Node[] heads = new Node[alts.size()];
        int min = INF;
        int max = 0;
        for (int i = 0; i < heads.length; i++) {
            Frag a = alts.get(i);
            if (a.head == null) {
                heads[i] = end;
            } else {
                a.tail.next = end;
                heads[i] = a.head;
            }
            min = Math.min(min, a.min);
            max = (max < 0 || a.max < 0) ? -1 : Math.max(max, a.max);
        }
        Frag f = new Frag();
        f.head = new Branch(heads);
        f.tail = end;
        f.min = min;
        f.max = max;
        f.hasBranch = true;
        return f;
    }

    private Frag parseSequence() {
        Frag seq = new Frag();
        StringBuilder pendingLiteral = null;
        while (true) {
            int c = peek();
            if (c == -1 || c == '|' || c == ')') {
                break;
            }
            Frag atom;
            int groupsBefore = capturingGroupCount;
            switch (c) {
                case '(':
                    atom = parseGroup();
                    if (atom == null) {
                        continue; // a flags-only group such as (?i)
                    }
                    break;
                case '[':
                    atom = charFrag(parseClass());
                    break;
                case '\\':
                    atom = parseEscapeAtom();
                    break;
                case '^':
                    cursor++;
                    atom = new Frag(has(MULTILINE) ? (Node) new Caret(has(UNIX_LINES)) : new Begin(), 0, 0);
                    break;
                case '$':
                    cursor++;
                    atom = new Frag(new Dollar(has(MULTILINE), has(UNIX_LINES)), 0, 0);
                    break;
                case '.':
                    cursor++;
                    atom = charFrag(dot());
                    break;
                case '*':
                case '+':
                case '?':
                    throw error("Dangling meta character '" + (char) c + "'", cursor);
                case '{':
                    atom = new Frag(); // "{" where an atom should be: a quantifier of nothing
                    break;
                default:
                    atom = literal(readCodePoint());
                    break;
            }
            atom = parseQuantifier(atom, groupsBefore);
            if (atom.literal >= 0) {
                if (pendingLiteral == null) {
                    pendingLiteral = new StringBuilder();
                }
                pendingLiteral.appendCodePoint(atom.literal);
                continue;
            }
            if (pendingLiteral != null) {
                seq = concat(seq, sliceFrag(pendingLiteral));
                pendingLiteral = null;
            }
            seq = concat(seq, atom);
        }
        if (pendingLiteral != null) {
            seq = concat(seq, sliceFrag(pendingLiteral));
        }
        return seq;
    }

    private Frag sliceFrag(StringBuilder text) {
        String s = text.toString();
        if (s.length() == 1 || (s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1)))) {
            Frag f = charFrag(new Single(s.codePointAt(0)));
            f.literal = s.codePointAt(0);
            return f;
        }
        return new Frag(new Slice(s), s.length(), s.length());
    }

    /** A quantifier after the atom, if any; the atom's capturing groups start at firstGroup. */
    private Frag parseQuantifier(Frag atom, int firstGroup) {
        int c = peek();
        int min;
        int max;
        switch (c) {
            case '*':
                cursor++;
                min = 0;
                max = INF;
                break;
            case '+':
                cursor++;
                min = 1;
                max = INF;
                break;
            case '?':
                cursor++;
                min = 0;
                max = 1;
                break;
            case '{': {
                if (!isDigit(peekRaw(1))) {
                    throw error("Illegal repetition", cursor + 1);
                }
                cursor++;
                long lo = 0;
                boolean overflow = false;
                while (isDigit(peekRaw())) {
                    lo = lo * 10 + (peekRaw() - '0');
                    if (lo > INF) {
                        overflow = true;
                        lo = INF;
                    }
                    cursor++;
                }
                long hi = lo;
                if (peekRaw() == ',') {
                    cursor++;
                    if (peekRaw() == '}') {
                        hi = INF;
                    } else {
                        hi = 0;
                        while (isDigit(peekRaw())) {
                            hi = hi * 10 + (peekRaw() - '0');
                            if (hi > INF) {
                                overflow = true;
                                hi = INF;
                            }
                            cursor++;
                        }
                    }
                }
                if (peekRaw() != '}') {
                    throw error("Unclosed counted closure", cursor);
                }
                if (overflow || hi < lo) {
                    throw error("Illegal repetition range", cursor);
                }
                cursor++;
                min = (int) lo;
                max = (int) hi;
                break;
            }
            default:
                return atom;
        }
        int mode = GREEDY;
        int m = peek();
        if (m == '?') {
            cursor++;
            mode = LAZY;
        } else if (m == '+') {
            cursor++;
            mode = POSSESSIVE;
        }
        return quantify(atom, min, max, mode, firstGroup);
    }

    static final int GREEDY = 0;
    static final int LAZY = 1;
    static final int POSSESSIVE = 2;

    private Frag quantify(Frag atom, int min, int max, int mode, int firstGroup) {
        if (atom.head == null) {
            return atom;
        }
        int fmin = (int) Math.min((long) atom.min * min, INF);
        int fmax;
        if (max == 0 || atom.max == 0) {
            fmax = 0;
        } else if (max == INF || atom.max < 0) {
            fmax = -1;
        } else {
            long p = (long) atom.max * max;
            fmax = p > INF ? -1 : (int) p;
        }
        if (atom.single != null) {
            Frag f = new Frag(new CharLoop(atom.single, min, max, mode), fmin, fmax);
            f.hasBranch = min != max;
            return f;
        }
        if (atom.capturingGroup && atom.max == 0 && !atom.hasBranch && min == 0 && max == INF
                && mode != POSSESSIVE) {
            // As the JDK does: (), (\b), ... under * never enter the group, which stays unset.
            Frag nothing = new Frag();
            nothing.hasBranch = true;
            return nothing;
        }
        boolean choice = atom.hasBranch || min != max;
        if (!atom.hasBranch) {
            // The body matches in at most one way: iterate instead of recursing.
            int slot = localCount++;
            DetLoop loop = new DetLoop(atom.head, min, max, mode, slot, firstGroup, capturingGroupCount);
            atom.tail.next = new SubAccept(slot);
            Frag f = new Frag(loop, fmin, fmax);
            f.hasBranch = choice;
            return f;
        }
        Loop loop = new Loop(atom.head, min, max, mode == LAZY, localCount++, localCount++);
        if (max == INF && mode == GREEDY) {
            if (unboundedLoops == null) {
                unboundedLoops = new ArrayList<Loop>();
            }
            unboundedLoops.add(loop);
        }
        atom.tail.next = new LoopTail(loop);
        Frag f;
        if (mode == POSSESSIVE) {
            Atomic atomic = new Atomic(loop, localCount++);
            loop.next = new SubAccept(atomic.slot);
            f = new Frag(atomic, fmin, fmax);
        } else {
            f = new Frag(loop, fmin, fmax);
        }
        f.hasBranch = choice;
        return f;
    }

    // ---------------------------------------------------------------- groups

    private Frag parseGroup() {
        int savedFlags = flags;
        cursor++; // '('
        Frag result;
        if (peekRaw() == '?') {
            cursor++;
            int c = peekRaw();
            switch (c) {
                case ':':
                    cursor++;
                    result = parseAlternation();
                    result.capturingGroup = false;
                    break;
                case '=':
                case '!': {
                    cursor++;
                    Frag body = parseAlternation();
                    int slot = localCount++;
                    Node bodyHead = terminate(body, new SubAccept(slot));
                    result = new Frag(new Ahead(bodyHead, c == '!'), 0, 0);
                    break;
                }
                case '>': {
                    cursor++;
                    Frag body = parseAlternation();
                    int slot = localCount++;
                    Atomic atomic = new Atomic(null, slot);
                    atomic.body = terminate(body, new SubAccept(slot));
                    result = new Frag(atomic, body.min, body.max);
                    break;
                }
                case '<': {
                    cursor++;
                    int d = peekRaw();
                    if (d == '=' || d == '!') {
                        cursor++;
                        Frag body = parseAlternation();
                        int slot = localCount++;
                        Node bodyHead = terminate(body, new BehindAccept(slot));
                        result = new Frag(new Behind(bodyHead, body.min, body.max, slot, d == '!'), 0, 0);
                        break;
                    }
                    String name = groupName();
                    if (namedGroups == null) {
                        namedGroups = new HashMap<String, Integer>();
                    }
                    if (namedGroups.containsKey(name)) {
                        throw error("Named capturing group <" + name + "> is already defined", cursor);
                    }
                    cursor++; // '>'
                    int n = capturingGroupCount++;
                    namedGroups.put(name, Integer.valueOf(n));
                    result = capturing(n);
                    break;
                }
                default: {
                    parseInlineFlags();
                    int e = peekRaw();
                    if (e == ')') {
                        cursor++;
                        return null; // the flags stay set until the end of the enclosing group
                    }
                    if (e != ':') {
                        throw error("Unknown inline modifier", cursor);
                    }
                    cursor++;
                    result = parseAlternation();
                    result.capturingGroup = false;
                    break;
                }
            }
        } else {
            int n = capturingGroupCount++;
            result = capturing(n);
        }
        if (peek() != ')') {
            throw error("Unclosed group", patternLength);
        }
        cursor++;
        flags = savedFlags;
        return result;
    }

    private Frag capturing(int n) {
        int slot = localCount++;
        Frag body = parseAlternation();
        Frag f = concat(new Frag(new GroupHead(slot), 0, 0), body);
        f = concat(f, new Frag(new GroupTail(n, slot), 0, 0));
        f.single = null;
        f.literal = -1;
        f.capturingGroup = true;
        return f;
    }

    /** Links the body to a terminal node; returns the body's first node. */
    private static Node terminate(Frag body, Node terminal) {
        if (body.head == null) {
            return terminal;
        }
        body.tail.next = terminal;
        return body.head;
    }

    /** A group name at the cursor, up to (not past) the closing '>'. */
    private String groupName() {
        int c = peekRaw();
        if (!isAsciiLetter(c)) {
            throw error("capturing group name does not start with a Latin letter", cursor);
        }
        int start = cursor;
        while (isAsciiLetter(peekRaw()) || isDigit(peekRaw())) {
            cursor++;
        }
        if (peekRaw() != '>') {
            throw error("named capturing group is missing trailing '>'", cursor);
        }
        return pattern.substring(start, cursor);
    }

    private void parseInlineFlags() {
        boolean on = true;
        while (true) {
            int c = peekRaw();
            int bit;
            switch (c) {
                case 'i':
                    bit = CASE_INSENSITIVE;
                    break;
                case 'm':
                    bit = MULTILINE;
                    break;
                case 's':
                    bit = DOTALL;
                    break;
                case 'd':
                    bit = UNIX_LINES;
                    break;
                case 'u':
                    bit = UNICODE_CASE;
                    break;
                case 'c':
                    bit = CANON_EQ;
                    break;
                case 'x':
                    bit = COMMENTS;
                    break;
                case 'U':
                    bit = UNICODE_CHARACTER_CLASS | UNICODE_CASE;
                    break;
                case '-':
                    if (!on) {
                        return;
                    }
                    on = false;
                    cursor++;
                    continue;
                default:
                    return;
            }
            if (on) {
                flags |= bit;
            } else {
                flags &= ~bit;
            }
            cursor++;
        }
    }

    // ---------------------------------------------------------------- escapes

    private Frag parseEscapeAtom() {
        cursor++; // '\\'
        if (cursor >= patternLength) {
            throw error("Unexpected internal error", patternLength);
        }
        int c = pattern.charAt(cursor);
        switch (c) {
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
                int ref = c - '0';
                cursor++;
                while (isDigit(peekRaw())) {
                    int next = ref * 10 + (peekRaw() - '0');
                    if (next >= capturingGroupCount) {
                        break;
                    }
                    ref = next;
                    cursor++;
                }
                hasBackRef = true;
                return new Frag(new BackRef(ref, caseFolding()), 0, -1);
            }
            case 'k': {
                cursor++;
                if (peekRaw() != '<') {
                    throw error("\\k is not followed by '<' for named capturing group", cursor);
                }
                cursor++;
                String name = groupName();
                if (namedGroups == null || !namedGroups.containsKey(name)) {
                    throw error("named capturing group <" + name + "> does not exist", cursor);
                }
                cursor++;
                hasBackRef = true;
                return new Frag(new BackRef(namedGroups.get(name).intValue(), caseFolding()), 0, -1);
            }
            case 'b':
                cursor++;
                if (peekRaw() == '{' && peekRaw(1) == 'g' && peekRaw(2) == '}') {
                    // \b{g}: a grapheme cluster boundary, approximated by "not inside a cluster"
                    cursor += 3;
                    return new Frag(new GraphemeBound(), 0, 0);
                }
                return new Frag(new Bound(false, has(UNICODE_CHARACTER_CLASS)), 0, 0);
            case 'B':
                cursor++;
                return new Frag(new Bound(true, has(UNICODE_CHARACTER_CLASS)), 0, 0);
            case 'A':
                cursor++;
                return new Frag(new Begin(), 0, 0);
            case 'z':
                cursor++;
                return new Frag(new End(), 0, 0);
            case 'Z':
                cursor++;
                return new Frag(new Dollar(false, has(UNIX_LINES)), 0, 0);
            case 'G':
                cursor++;
                return new Frag(new LastMatch(), 0, 0);
            case 'R':
                cursor++;
                return new Frag(new LineBreak(), 1, 2);
            case 'X':
                cursor++;
                return new Frag(new Grapheme(), 1, -1);
            case 'Q': {
                cursor++;
                int end = pattern.indexOf("\\E", cursor);
                int stop = end < 0 ? patternLength : end;
                Frag f = new Frag();
                StringBuilder lit = null;
                while (cursor < stop) {
                    int cp = pattern.codePointAt(cursor);
                    cursor += Character.charCount(cp);
                    if (has(CASE_INSENSITIVE)) {
                        f = concat(f, literal(cp));
                    } else {
                        if (lit == null) {
                            lit = new StringBuilder();
                        }
                        lit.appendCodePoint(cp);
                    }
                }
                if (lit != null) {
                    f = sliceFrag(lit);
                }
                cursor = end < 0 ? patternLength : end + 2;
                return f;
            }
            default: {
                CharPredicate p = classEscape(c, false);
                if (p != null) {
                    return charFrag(p);
                }
                return literal(escapedChar());
            }
        }
    }

    /** 0: exact; 1: ASCII case folding; 2: Unicode case folding (for back references). */
    private int caseFolding() {
        if (!has(CASE_INSENSITIVE)) {
            return 0;
        }
        return has(UNICODE_CASE) ? 2 : 1;
    }

    /**
     * For \d \D \s \S \w \W \h \H \v \V \p \P (the letter at the cursor), the class, with
     * the cursor moved past it; null for other escapes (cursor unchanged).
     */
    private CharPredicate classEscape(int c, boolean inClass) {
        boolean unicode = has(UNICODE_CHARACTER_CLASS);
        CharPredicate p;
        switch (c) {
            case 'd':
            case 'D':
                p = new Ctype(unicode ? Ctype.U_DIGIT : Ctype.DIGIT);
                break;
            case 's':
            case 'S':
                p = new Ctype(unicode ? Ctype.U_SPACE : Ctype.SPACE);
                break;
            case 'w':
            case 'W':
                p = new Ctype(unicode ? Ctype.U_WORD : Ctype.WORD);
                break;
            case 'h':
            case 'H':
                p = new Ctype(Ctype.HSPACE);
                break;
            case 'v':
            case 'V':
                p = new Ctype(Ctype.VSPACE);
                break;
            case 'p':
            case 'P':
                cursor++;
                p = property(c == 'P');
                return p;
            default:
                return null;
        }
        cursor++;
        if (Character.isUpperCase(c)) {
            p = new Not(p);
        }
        return p;
    }

    /**
     * The character an escape stands for (the cursor is at the char after the backslash,
     * which is not one of the class or anchor escapes); moves the cursor past it.
     */
    private int escapedChar() {
        int c = pattern.charAt(cursor);
        switch (c) {
            case '0':
                return octal();
            case 'x':
                return hex();
            case 'u':
                return unicodeEscape();
            case 't':
                cursor++;
                return '\t';
            case 'n':
                cursor++;
                return '\n';
            case 'r':
                cursor++;
                return '\r';
            case 'f':
                cursor++;
                return '\f';
            case 'a':
                cursor++;
                return '\u0007';
            case 'e':
                cursor++;
                return '\u001B';
            case 'c':
                cursor++;
                if (cursor < patternLength) {
                    return pattern.charAt(cursor++) ^ 64;
                }
                throw error("Illegal control escape sequence", cursor - 1);
            case 'N':
                throw error("Unknown character name", cursor);
            default:
                if (isAsciiLetter(c) || isDigit(c)) {
                    throw error("Illegal/unsupported escape sequence", cursor);
                }
                return readCodePoint();
        }
    }

    private int octal() {
        cursor++; // '0'
        int n = peekRaw() - '0';
        if (n < 0 || n > 7) {
            throw error("Illegal octal escape sequence", cursor);
        }
        cursor++;
        int m = peekRaw() - '0';
        if (m < 0 || m > 7) {
            return n;
        }
        cursor++;
        int o = peekRaw() - '0';
        if (o >= 0 && o <= 7 && n <= 3) {
            cursor++;
            return n * 64 + m * 8 + o;
        }
        return n * 8 + m;
    }

    private int hex() {
        cursor++; // 'x'
        int c = peekRaw();
        if (c == '{') {
            cursor++;
            int value = 0;
            int digits = 0;
            while (hexDigit(peekRaw()) >= 0) {
                value = value * 16 + hexDigit(peekRaw());
                if (value > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big", cursor);
                }
                cursor++;
                digits++;
            }
            if (digits == 0 || peekRaw() != '}') {
                throw error("Unclosed hexadecimal escape sequence", cursor);
            }
            cursor++;
            return value;
        }
        int d1 = hexDigit(peekRaw());
        if (d1 < 0) {
            throw error("Illegal hexadecimal escape sequence", cursor);
        }
        int d2 = hexDigit(peekRaw(1));
        if (d2 < 0) {
            throw error("Illegal hexadecimal escape sequence", cursor + 1);
        }
        cursor += 2;
        return d1 * 16 + d2;
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private int fourHex() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(peekRaw());
            if (d < 0) {
                throw error("Illegal Unicode escape sequence", cursor);
            }
            value = value * 16 + d;
            cursor++;
        }
        return value;
    }

    private int unicodeEscape() {
        cursor++; // 'u'
        int value = fourHex();
        if (Character.isHighSurrogate((char) value) && peekRaw() == '\\' && peekRaw(1) == 'u') {
            int save = cursor;
            cursor += 2;
            boolean ok = true;
            for (int i = 0; i < 4; i++) {
                if (hexDigit(peekRaw(i)) < 0) {
                    ok = false;
                }
            }
            if (ok) {
                int low = fourHex();
                if (Character.isLowSurrogate((char) low)) {
                    return Character.toCodePoint((char) value, (char) low);
                }
            }
            cursor = save;
        }
        return value;
    }

    // ---------------------------------------------------------------- properties

    /** \p{name} or \pX; the cursor is after the 'p'. */
    private CharPredicate property(boolean negate) {
        String name;
        int c = peekRaw();
        if (c == '{') {
            int close = pattern.indexOf('}', cursor);
            if (close < 0) {
                throw error("Unclosed character family", patternLength);
            }
            name = pattern.substring(cursor + 1, close);
            cursor = close + 1;
        } else if (c < 0) {
            throw error("Unknown character property name { }", cursor);
        } else {
            name = String.valueOf((char) c);
            cursor++;
        }
        CharPredicate p = propertyByName(name);
        if (p == null) {
            throw error("Unknown character property name {" + name + "}", cursor - 1);
        }
        return negate ? new Not(p) : p;
    }

    private CharPredicate propertyByName(String name) {
        int eq = name.indexOf('=');
        if (eq >= 0) {
            String key = name.substring(0, eq);
            String value = name.substring(eq + 1);
            if (key.equals("gc") || key.equals("general_category")) {
                int mask = categoryMask(value);
                return mask == 0 ? null : new Category(mask);
            }
            return null; // scripts and blocks are not supported
        }
        if (name.startsWith("Is")) {
            String rest = name.substring(2);
            int mask = categoryMask(rest);
            if (mask != 0) {
                return new Category(mask);
            }
            int kind = binaryProperty(rest.toUpperCase());
            if (kind >= 0) {
                return new Ctype(kind);
            }
            return null;
        }
        if (name.startsWith("java")) {
            int kind = javaProperty(name);
            return kind < 0 ? null : new Ctype(kind);
        }
        int kind = posixProperty(name, has(UNICODE_CHARACTER_CLASS));
        if (kind >= 0) {
            return new Ctype(kind);
        }
        int mask = categoryMask(name);
        return mask == 0 ? null : new Category(mask);
    }

    private static final String[] CATEGORY_NAMES = { "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc",
            "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm",
            "Sc", "Sk", "So", "Pi", "Pf" };

    /** The bit mask (1 << Character.getType) of a general category name, or 0. */
    private static int categoryMask(String name) {
        for (int i = 0; i < CATEGORY_NAMES.length; i++) {
            if (CATEGORY_NAMES[i].length() > 0 && CATEGORY_NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        if (name.equals("L")) {
            return (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5);
        }
        if (name.equals("LC")) {
            return (1 << 1) | (1 << 2) | (1 << 3);
        }
        if (name.equals("LD")) {
            return (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 9);
        }
        if (name.equals("M")) {
            return (1 << 6) | (1 << 7) | (1 << 8);
        }
        if (name.equals("N")) {
            return (1 << 9) | (1 << 10) | (1 << 11);
        }
        if (name.equals("Z")) {
            return (1 << 12) | (1 << 13) | (1 << 14);
        }
        if (name.equals("C")) {
            return (1 << 0) | (1 << 15) | (1 << 16) | (1 << 18) | (1 << 19);
        }
        if (name.equals("P")) {
            return (1 << 20) | (1 << 21) | (1 << 22) | (1 << 23) | (1 << 24) | (1 << 29) | (1 << 30);
        }
        if (name.equals("S")) {
            return (1 << 25) | (1 << 26) | (1 << 27) | (1 << 28);
        }
        return 0;
    }

    private static int posixProperty(String name, boolean unicode) {
        if (name.equals("Lower")) {
            return unicode ? Ctype.U_LOWER : Ctype.LOWER;
        }
        if (name.equals("Upper")) {
            return unicode ? Ctype.U_UPPER : Ctype.UPPER;
        }
        if (name.equals("ASCII")) {
            return Ctype.ASCII;
        }
        if (name.equals("Alpha")) {
            return unicode ? Ctype.U_ALPHA : Ctype.ALPHA;
        }
        if (name.equals("Digit")) {
            return unicode ? Ctype.U_DIGIT : Ctype.DIGIT;
        }
        if (name.equals("Alnum")) {
            return unicode ? Ctype.U_ALNUM : Ctype.ALNUM;
        }
        if (name.equals("Punct")) {
            return unicode ? Ctype.U_PUNCT : Ctype.PUNCT;
        }
        if (name.equals("Graph")) {
            return unicode ? Ctype.U_GRAPH : Ctype.GRAPH;
        }
        if (name.equals("Print")) {
            return unicode ? Ctype.U_PRINT : Ctype.PRINT;
        }
        if (name.equals("Blank")) {
            return unicode ? Ctype.U_BLANK : Ctype.BLANK;
        }
        if (name.equals("Cntrl")) {
            return unicode ? Ctype.U_CNTRL : Ctype.CNTRL;
        }
        if (name.equals("XDigit")) {
            return unicode ? Ctype.U_XDIGIT : Ctype.XDIGIT;
        }
        if (name.equals("Space")) {
            return unicode ? Ctype.U_SPACE : Ctype.SPACE;
        }
        return -1;
    }

    private static int binaryProperty(String name) {
        if (name.equals("ALPHABETIC") || name.equals("ALPHA")) {
            return Ctype.U_ALPHA;
        }
        if (name.equals("LETTER")) {
            return Ctype.J_LETTER;
        }
        if (name.equals("IDEOGRAPHIC")) {
            return Ctype.J_IDEOGRAPHIC;
        }
        if (name.equals("LOWERCASE") || name.equals("LOWER")) {
            return Ctype.U_LOWER;
        }
        if (name.equals("UPPERCASE") || name.equals("UPPER")) {
            return Ctype.U_UPPER;
        }
        if (name.equals("TITLECASE")) {
            return Ctype.J_TITLECASE;
        }
        if (name.equals("WHITE_SPACE") || name.equals("WHITESPACE") || name.equals("SPACE")) {
            return Ctype.U_SPACE;
        }
        if (name.equals("CONTROL") || name.equals("CNTRL")) {
            return Ctype.U_CNTRL;
        }
        if (name.equals("PUNCTUATION") || name.equals("PUNCT")) {
            return Ctype.U_PUNCT;
        }
        if (name.equals("HEX_DIGIT") || name.equals("HEXDIGIT") || name.equals("XDIGIT")) {
            return Ctype.U_XDIGIT;
        }
        if (name.equals("ASSIGNED")) {
            return Ctype.J_DEFINED;
        }
        if (name.equals("NONCHARACTER_CODE_POINT")) {
            return Ctype.U_NONCHARACTER;
        }
        if (name.equals("DIGIT")) {
            return Ctype.U_DIGIT;
        }
        if (name.equals("ALNUM")) {
            return Ctype.U_ALNUM;
        }
        if (name.equals("BLANK")) {
            return Ctype.U_BLANK;
        }
        if (name.equals("GRAPH")) {
            return Ctype.U_GRAPH;
        }
        if (name.equals("PRINT")) {
            return Ctype.U_PRINT;
        }
        if (name.equals("WORD")) {
            return Ctype.U_WORD;
        }
        if (name.equals("JOIN_CONTROL")) {
            return Ctype.U_JOIN_CONTROL;
        }
        return -1;
    }

    private static int javaProperty(String name) {
        String[] names = { "javaLowerCase", "javaUpperCase", "javaWhitespace", "javaMirrored", "javaLetter",
                "javaDigit", "javaLetterOrDigit", "javaAlphabetic", "javaIdeographic", "javaTitleCase",
                "javaSpaceChar", "javaISOControl", "javaDefined", "javaJavaIdentifierStart",
                "javaJavaIdentifierPart", "javaUnicodeIdentifierStart", "javaUnicodeIdentifierPart",
                "javaIdentifierIgnorable" };
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return Ctype.J_LOWERCASE + i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- classes

    private CharPredicate dot() {
        if (has(DOTALL)) {
            return new Ctype(Ctype.ANY);
        }
        return new Ctype(has(UNIX_LINES) ? Ctype.UNIX_DOT : Ctype.DOT);
    }

    /** A [...] class at the cursor; returns its predicate with the cursor past the ']'. */
    private CharPredicate parseClass() {
        int open = cursor;
        cursor++; // '['
        boolean negate = false;
        if (peek() == '^') {
            cursor++;
            negate = true;
        }
        CharPredicate left = null; // intersection of the operands before the last &&
        ClassBuilder operand = new ClassBuilder(this);
        boolean first = true;
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("Unclosed character class", patternLength - 1);
            }
            if (c == ']' && !first) {
                cursor++;
                break;
            }
            first = false;
            if (c == '[') {
                operand.add(parseClass());
                continue;
            }
            if (c == '&' && peekRaw(1) == '&') {
                cursor += 2;
                CharPredicate right = operand.build();
                if (right != null) {
                    left = left == null ? right : new And(left, right);
                }
                operand = new ClassBuilder(this);
                continue;
            }
            classItem(operand);
        }
        CharPredicate right = operand.build();
        CharPredicate result;
        if (left == null) {
            result = right;
        } else {
            result = right == null ? left : new And(left, right);
        }
        if (result == null) {
            result = new Ctype(Ctype.NONE);
        }
        return negate ? new Not(result) : result;
    }

    /** One item of a class: a char, a range, an escape, or a \Q...\E run. */
    private void classItem(ClassBuilder b) {
        int lo;
        if (peekRaw() == '\\') {
            cursor++;
            if (cursor >= patternLength) {
                throw error("Unexpected internal error", patternLength);
            }
            int e = pattern.charAt(cursor);
            CharPredicate p = classEscape(e, true);
            if (p != null) {
                b.add(p);
                return;
            }
            if (e == 'Q') {
                cursor++;
                int end = pattern.indexOf("\\E", cursor);
                int stop = end < 0 ? patternLength : end;
                while (cursor < stop) {
                    b.addChar(readCodePoint());
                }
                cursor = end < 0 ? patternLength : end + 2;
                return;
            }
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G' || e == 'R' || e == 'X'
                    || e == 'k' || e == 'E' || isDigit(e) && e != '0') {
                throw error("Illegal/unsupported escape sequence", cursor);
            }
            lo = escapedChar();
        } else {
            lo = readCodePoint();
        }
        skipComments();
        if (peekRaw() == '-') {
            int after = peekRaw(1);
            if (after >= 0 && after != ']' && after != '[') {
                cursor++; // '-'
                skipComments();
                int hi;
                if (peekRaw() == '\\') {
                    cursor++;
                    if (cursor >= patternLength) {
                        throw error("Unexpected internal error", patternLength);
                    }
                    int e = pattern.charAt(cursor);
                    if ("dDsSwWhHvVpPQ".indexOf(e) >= 0) {
                        throw error("Illegal character range", cursor);
                    }
                    hi = escapedChar();
                } else {
                    hi = readCodePoint();
                }
                if (hi < lo) {
                    throw error("Illegal character range", cursor - 1);
                }
                b.addRange(lo, hi);
                return;
            }
        }
        b.addChar(lo);
    }

    /** Collects the items of one class operand (a union). */
    static final class ClassBuilder {
        private final Pattern p;
        private boolean[] bits; // exact members below 256
        private CharPredicate rest;
        private boolean any;

        ClassBuilder(Pattern p) {
            this.p = p;
        }

        void add(CharPredicate pred) {
            rest = rest == null ? pred : new Union(rest, pred);
            any = true;
        }

        void addChar(int c) {
            any = true;
            if (p.has(CASE_INSENSITIVE)) {
                CharPredicate s = p.singleChar(c);
                if (!(s instanceof Single)) {
                    add(s);
                    return;
                }
            }
            if (c < 256) {
                if (bits == null) {
                    bits = new boolean[256];
                }
                bits[c] = true;
            } else {
                add(new Single(c));
            }
        }

        void addRange(int lo, int hi) {
            any = true;
            if (p.has(CASE_INSENSITIVE)) {
                add(new Range(lo, hi, p.has(UNICODE_CASE) ? 2 : 1));
                return;
            }
            if (hi < 256) {
                if (bits == null) {
                    bits = new boolean[256];
                }
                for (int c = lo; c <= hi; c++) {
                    bits[c] = true;
                }
            } else {
                add(new Range(lo, hi, 0));
            }
        }

        CharPredicate build() {
            if (!any) {
                return null;
            }
            CharPredicate b = bits == null ? null : new Bits(bits);
            if (b == null) {
                return rest;
            }
            return rest == null ? b : new Union(b, rest);
        }
    }

    // ================================================================ predicates

    abstract static class CharPredicate {
        abstract boolean is(int ch);
    }

    static final class Single extends CharPredicate {
        final int c;

        Single(int c) {
            this.c = c;
        }

        boolean is(int ch) {
            return ch == c;
        }
    }

    /** An ASCII letter, either case. */
    static final class SingleI extends CharPredicate {
        final int lower;
        final int upper;

        SingleI(int c) {
            lower = c | 0x20;
            upper = c & ~0x20;
        }

        boolean is(int ch) {
            return ch == lower || ch == upper;
        }
    }

    /** A character under Unicode case folding. */
    static final class SingleU extends CharPredicate {
        final int folded;

        SingleU(int folded) {
            this.folded = folded;
        }

        boolean is(int ch) {
            return ch == folded || Character.toLowerCase(Character.toUpperCase(ch)) == folded;
        }
    }

    static final class Range extends CharPredicate {
        final int lo;
        final int hi;
        final int fold; // 0 exact, 1 ASCII, 2 Unicode

        Range(int lo, int hi, int fold) {
            this.lo = lo;
            this.hi = hi;
            this.fold = fold;
        }

        boolean is(int ch) {
            if (ch >= lo && ch <= hi) {
                return true;
            }
            if (fold == 1) {
                if (ch < 128) {
                    int u = (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
                    int l = (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
                    return (u >= lo && u <= hi) || (l >= lo && l <= hi);
                }
                return false;
            }
            if (fold == 2) {
                int u = Character.toUpperCase(ch);
                int l = Character.toLowerCase(ch);
                return (u >= lo && u <= hi) || (l >= lo && l <= hi);
            }
            return false;
        }
    }

    static final class Bits extends CharPredicate {
        final boolean[] bits;

        Bits(boolean[] bits) {
            this.bits = bits;
        }

        boolean is(int ch) {
            return ch < 256 && ch >= 0 && bits[ch];
        }
    }

    static final class Union extends CharPredicate {
        final CharPredicate a;
        final CharPredicate b;

        Union(CharPredicate a, CharPredicate b) {
            this.a = a;
            this.b = b;
        }

        boolean is(int ch) {
            return a.is(ch) || b.is(ch);
        }
    }

    static final class And extends CharPredicate {
        final CharPredicate a;
        final CharPredicate b;

        And(CharPredicate a, CharPredicate b) {
            this.a = a;
            this.b = b;
        }

        boolean is(int ch) {
            return a.is(ch) && b.is(ch);
        }
    }

    static final class Not extends CharPredicate {
        final CharPredicate a;

        Not(CharPredicate a) {
            this.a = a;
        }

        boolean is(int ch) {
            return !a.is(ch);
        }
    }

    static final class Category extends CharPredicate {
        final int mask;

        Category(int mask) {
            this.mask = mask;
        }

        boolean is(int ch) {
            return (mask & (1 << Character.getType(ch))) != 0;
        }
    }

    /** The predefined, POSIX and java.lang.Character classes. */
    static final class Ctype extends CharPredicate {
        static final int DIGIT = 0;
        static final int SPACE = 1;
        static final int WORD = 2;
        static final int HSPACE = 3;
        static final int VSPACE = 4;
        static final int LOWER = 5;
        static final int UPPER = 6;
        static final int ASCII = 7;
        static final int ALPHA = 8;
        static final int ALNUM = 9;
        static final int PUNCT = 10;
        static final int GRAPH = 11;
        static final int PRINT = 12;
        static final int BLANK = 13;
        static final int CNTRL = 14;
        static final int XDIGIT = 15;
        static final int DOT = 16;
        static final int UNIX_DOT = 17;
        static final int ANY = 18;
        static final int NONE = 19;
        static final int U_DIGIT = 20;
        static final int U_SPACE = 21;
        static final int U_WORD = 22;
        static final int U_LOWER = 23;
        static final int U_UPPER = 24;
        static final int U_ALPHA = 25;
        static final int U_ALNUM = 26;
        static final int U_PUNCT = 27;
        static final int U_GRAPH = 28;
        static final int U_PRINT = 29;
        static final int U_BLANK = 30;
        static final int U_CNTRL = 31;
        static final int U_XDIGIT = 32;
        static final int U_NONCHARACTER = 33;
        static final int U_JOIN_CONTROL = 34;
        static final int J_LETTER = 35;
        static final int J_IDEOGRAPHIC = 36;
        static final int J_TITLECASE = 37;
        static final int J_DEFINED = 38;
        // the java* properties, in javaProperty's order
        static final int J_LOWERCASE = 40;

        final int kind;

        Ctype(int kind) {
            this.kind = kind;
        }

        static boolean isUnicodeSpace(int ch) {
            return (ch >= 0x09 && ch <= 0x0d) || ch == 0x20 || ch == 0x85 || ch == 0xa0 || ch == 0x1680
                    || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x2028 || ch == 0x2029 || ch == 0x202f
                    || ch == 0x205f || ch == 0x3000;
        }

        static boolean isPunctuation(int ch) {
            int t = Character.getType(ch);
            return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                    || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.OTHER_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                    || t == Character.FINAL_QUOTE_PUNCTUATION;
        }

        static boolean isUnicodeWord(int ch) {
            if (Character.isAlphabetic(ch) || Character.isDigit(ch)) {
                return true;
            }
            int t = Character.getType(ch);
            return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                    || t == Character.COMBINING_SPACING_MARK || t == Character.CONNECTOR_PUNCTUATION
                    || ch == 0x200c || ch == 0x200d;
        }

        static boolean isUnicodeGraph(int ch) {
            int t = Character.getType(ch);
            return !(isUnicodeSpace(ch) || t == Character.CONTROL || t == Character.SURROGATE
                    || t == Character.UNASSIGNED);
        }

        boolean is(int ch) {
            switch (kind) {
                case DIGIT:
                    return ch >= '0' && ch <= '9';
                case SPACE:
                    return ch == ' ' || (ch >= 0x09 && ch <= 0x0d);
                case WORD:
                    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                            || ch == '_';
                case HSPACE:
                    return ch == ' ' || ch == '\t' || ch == 0xa0 || ch == 0x1680 || ch == 0x180e
                            || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x202f || ch == 0x205f || ch == 0x3000;
                case VSPACE:
                    return (ch >= 0x0a && ch <= 0x0d) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
                case LOWER:
                    return ch >= 'a' && ch <= 'z';
                case UPPER:
                    return ch >= 'A' && ch <= 'Z';
                case ASCII:
                    return ch >= 0 && ch < 0x80;
                case ALPHA:
                    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
                case ALNUM:
                    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                case PUNCT:
                    return (ch >= 0x21 && ch <= 0x2f) || (ch >= 0x3a && ch <= 0x40) || (ch >= 0x5b && ch <= 0x60)
                            || (ch >= 0x7b && ch <= 0x7e);
                case GRAPH:
                    return ch >= 0x21 && ch <= 0x7e;
                case PRINT:
                    return ch >= 0x20 && ch <= 0x7e;
                case BLANK:
                    return ch == ' ' || ch == '\t';
                case CNTRL:
                    return (ch >= 0 && ch < 0x20) || ch == 0x7f;
                case XDIGIT:
                    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
                case DOT:
                    return ch != '\n' && ch != '\r' && (ch | 1) != 0x2029 && ch != 0x85;
                case UNIX_DOT:
                    return ch != '\n';
                case ANY:
                    return true;
                case NONE:
                    return false;
                case U_DIGIT:
                    return Character.isDigit(ch);
                case U_SPACE:
                    return isUnicodeSpace(ch);
                case U_WORD:
                    return isUnicodeWord(ch);
                case U_LOWER:
                    return Character.isLowerCase(ch);
                case U_UPPER:
                    return Character.isUpperCase(ch);
                case U_ALPHA:
                    return Character.isAlphabetic(ch);
                case U_ALNUM:
                    return Character.isAlphabetic(ch) || Character.isDigit(ch);
                case U_PUNCT:
                    return isPunctuation(ch);
                case U_GRAPH:
                    return isUnicodeGraph(ch);
                case U_PRINT:
                    return (isUnicodeGraph(ch) || Character.getType(ch) == Character.SPACE_SEPARATOR)
                            && Character.getType(ch) != Character.CONTROL;
                case U_BLANK:
                    return Character.getType(ch) == Character.SPACE_SEPARATOR || ch == '\t';
                case U_CNTRL:
                    return Character.getType(ch) == Character.CONTROL;
                case U_XDIGIT:
                    return Character.isDigit(ch) || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f')
                            || (ch >= 'A' && ch <= 'F') || (ch >= 0xff10 && ch <= 0xff19)
                            || (ch >= 0xff21 && ch <= 0xff26) || (ch >= 0xff41 && ch <= 0xff46);
                case U_NONCHARACTER:
                    return (ch & 0xfffe) == 0xfffe || (ch >= 0xfdd0 && ch <= 0xfdef);
                case U_JOIN_CONTROL:
                    return ch == 0x200c || ch == 0x200d;
                case J_LETTER:
                    return Character.isLetter(ch);
                case J_IDEOGRAPHIC:
                    return Character.isIdeographic(ch);
                case J_TITLECASE:
                    return Character.isTitleCase(ch);
                case J_DEFINED:
                    return Character.isDefined(ch);
                case J_LOWERCASE:
                    return Character.isLowerCase(ch);
                case J_LOWERCASE + 1:
                    return Character.isUpperCase(ch);
                case J_LOWERCASE + 2:
                    return Character.isWhitespace(ch);
                case J_LOWERCASE + 3:
                    return isMirrored(ch);
                case J_LOWERCASE + 4:
                    return Character.isLetter(ch);
                case J_LOWERCASE + 5:
                    return Character.isDigit(ch);
                case J_LOWERCASE + 6:
                    return Character.isLetterOrDigit(ch);
                case J_LOWERCASE + 7:
                    return Character.isAlphabetic(ch);
                case J_LOWERCASE + 8:
                    return Character.isIdeographic(ch);
                case J_LOWERCASE + 9:
                    return Character.isTitleCase(ch);
                case J_LOWERCASE + 10:
                    return Character.isSpaceChar(ch);
                case J_LOWERCASE + 11:
                    return Character.isISOControl(ch);
                case J_LOWERCASE + 12:
                    return Character.isDefined(ch);
                case J_LOWERCASE + 13:
                    return Character.isJavaIdentifierStart(ch);
                case J_LOWERCASE + 14:
                    return Character.isJavaIdentifierPart(ch);
                case J_LOWERCASE + 15:
                    return Character.isUnicodeIdentifierStart(ch);
                case J_LOWERCASE + 16:
                    return Character.isUnicodeIdentifierPart(ch);
                case J_LOWERCASE + 17:
                    return Character.isIdentifierIgnorable(ch);
                default:
                    return false;
            }
        }

        /** The ASCII-range mirrored characters (Bidi_Mirrored) and the common others. */
        private static boolean isMirrored(int ch) {
            switch (ch) {
                case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}':
                case 0xab: case 0xbb: case 0x2039: case 0x203a: case 0x2045: case 0x2046:
                case 0x207d: case 0x207e: case 0x208d: case 0x208e:
                    return true;
                default:
                    return (ch >= 0x2208 && ch <= 0x220d) || (ch >= 0x2264 && ch <= 0x226b)
                            || (ch >= 0x3008 && ch <= 0x3011);
            }
        }
    }

    // ================================================================ nodes

    /** A step of the compiled pattern: matches at i, then continues with next. */
    abstract static class Node {
        Node next;

        abstract boolean match(Matcher m, int i, CharSequence s);
    }

    /** The end of the whole pattern. */
    static final class Accept extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.acceptMode == Matcher.ENDANCHOR && i != m.to) {
                return false;
            }
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }
    }

    /** The end of an atomic group's or lookahead's body: records where it ended. */
    static final class SubAccept extends Node {
        final int slot;

        SubAccept(int slot) {
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            m.locals[slot] = i;
            return true;
        }
    }

    /** The end of a lookbehind's body: it must end where the lookbehind stands. */
    static final class BehindAccept extends Node {
        final int slot;

        BehindAccept(int slot) {
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.locals[slot];
        }
    }

    /** One character (code point) that satisfies a predicate. */
    static final class CharNode extends Node {
        final CharPredicate p;

        CharNode(CharPredicate p) {
            this.p = p;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < m.to) {
                    char d = s.charAt(i + 1);
                    if (Character.isLowSurrogate(d)) {
                        return p.is(Character.toCodePoint(c, d)) && next.match(m, i + 2, s);
                    }
                }
                return p.is(c) && next.match(m, i + 1, s);
            }
            m.hitEnd = true;
            return false;
        }
    }

    /** A literal string (case-sensitive). */
    static final class Slice extends Node {
        final String text;

        Slice(String text) {
            this.text = text;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int n = text.length();
            for (int k = 0; k < n; k++) {
                if (i + k >= m.to) {
                    m.hitEnd = true;
                    return false;
                }
                if (s.charAt(i + k) != text.charAt(k)) {
                    return false;
                }
            }
            return next.match(m, i + n, s);
        }
    }

    /** A single-character atom repeated min..max times. */
    static final class CharLoop extends Node {
        final CharPredicate p;
        final int min;
        final int max;
        final int mode;

        CharLoop(CharPredicate p, int min, int max, int mode) {
            this.p = p;
            this.min = min;
            this.max = max;
            this.mode = mode;
        }

        /** The length of the char at i that satisfies p, or 0. */
        private int step(Matcher m, int i, CharSequence s) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < m.to) {
                char d = s.charAt(i + 1);
                if (Character.isLowSurrogate(d)) {
                    return p.is(Character.toCodePoint(c, d)) ? 2 : 0;
                }
            }
            return p.is(c) ? 1 : 0;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int j = i;
            int count = 0;
            while (count < min) {
                if (j >= m.to) {
                    m.hitEnd = true;
                    return false;
                }
                int n = step(m, j, s);
                if (n == 0) {
                    return false;
                }
                j += n;
                count++;
            }
            if (mode == LAZY) {
                while (true) {
                    if (next.match(m, j, s)) {
                        return true;
                    }
                    if (count >= max) {
                        return false;
                    }
                    if (j >= m.to) {
                        m.hitEnd = true;
                        return false;
                    }
                    int n = step(m, j, s);
                    if (n == 0) {
                        return false;
                    }
                    j += n;
                    count++;
                }
            }
            int start = j;
            int startCount = count;
            while (count < max) {
                if (j >= m.to) {
                    m.hitEnd = true;
                    break;
                }
                int n = step(m, j, s);
                if (n == 0) {
                    break;
                }
                j += n;
                count++;
            }
            if (mode == POSSESSIVE) {
                return next.match(m, j, s);
            }
            while (true) {
                if (next.match(m, j, s)) {
                    return true;
                }
                if (count == startCount) {
                    return false;
                }
                j--;
                if (j > start && Character.isLowSurrogate(s.charAt(j))
                        && Character.isHighSurrogate(s.charAt(j - 1))) {
                    j--;
                }
                count--;
            }
        }
    }

    /** A general atom (body .. LoopTail) repeated min..max times, greedy or lazy. */
    static final class Loop extends Node {
        final Node body;
        final int min;
        final int max;
        final boolean lazy;
        final int countSlot;
        final int startSlot;
        /** Index of the Matcher's memo of failed positions, or -1. */
        int memo = -1;

        Loop(Node body, int min, int max, boolean lazy, int countSlot, int startSlot) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.lazy = lazy;
            this.countSlot = countSlot;
            this.startSlot = startSlot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedCount = m.locals[countSlot];
            int savedStart = m.locals[startSlot];
            m.locals[countSlot] = 0;
            boolean r = iterate(m, i, s);
            m.locals[countSlot] = savedCount;
            m.locals[startSlot] = savedStart;
            return r;
        }

        /** After count iterations (in countSlot) ending at i: another, or what follows. */
        boolean iterate(Matcher m, int i, CharSequence s) {
            int count = m.locals[countSlot];
            if (count < min) {
                return again(m, i, s, count);
            }
            if (lazy) {
                if (next.match(m, i, s)) {
                    return true;
                }
                return count < max && again(m, i, s, count);
            }
            if (count < max) {
                if (memo >= 0 && m.memoFailed(memo, i)) {
                    return next.match(m, i, s);
                }
                if (again(m, i, s, count)) {
                    return true;
                }
                if (memo >= 0) {
                    m.memoMark(memo, i);
                }
            }
            return next.match(m, i, s);
        }

        private boolean again(Matcher m, int i, CharSequence s, int count) {
            int savedStart = m.locals[startSlot];
            m.locals[countSlot] = count + 1;
            m.locals[startSlot] = i;
            boolean r = body.match(m, i, s);
            m.locals[countSlot] = count;
            m.locals[startSlot] = savedStart;
            return r;
        }
    }

    /**
     * A loop whose body has no choices (no alternation, no variable repetition), so each
     * iteration can match in one way only: the iterations run one after the other, and
     * backtracking steps back through the recorded ends (and group values) instead of
     * recursing, so long inputs do not exhaust the stack. Same results as Loop.
     */
    static final class DetLoop extends Node {
        final Node body; // ends with SubAccept(slot)
        final int min;
        final int max;
        final int mode;
        final int slot;
        final int groupFrom; // the body's capturing groups: [groupFrom, groupTo)
        final int groupTo;

        DetLoop(Node body, int min, int max, int mode, int slot, int groupFrom, int groupTo) {
            this.body = body;
            this.min = min;
            this.max = max;
            this.mode = mode;
            this.slot = slot;
            this.groupFrom = groupFrom;
            this.groupTo = groupTo;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedLocal = m.locals[slot];
            int width = (groupTo - groupFrom) * 2;
            int[] entry = null;
            if (width > 0) {
                entry = new int[width];
                System.arraycopy(m.groups, groupFrom * 2, entry, 0, width);
            }
            try {
                boolean r = mode == LAZY ? lazy(m, i, s) : greedy(m, i, s, width, entry);
                if (!r && entry != null) {
                    System.arraycopy(entry, 0, m.groups, groupFrom * 2, width);
                }
                return r;
            } finally {
                m.locals[slot] = savedLocal;
            }
        }

        private boolean greedy(Matcher m, int i, CharSequence s, int width, int[] entry) {
            int count = 0;
            int pos = i;
            boolean zeroLength = false;
            int[] ends = null;
            int[] snaps = null;
            while (count < max) {
                if (!body.match(m, pos, s)) {
                    break;
                }
                int end = m.locals[slot];
                if (mode != POSSESSIVE) {
                    if (ends == null) {
                        ends = new int[8];
                        snaps = new int[8 * width];
                    } else if (count == ends.length) {
                        int[] e = new int[count * 2];
                        System.arraycopy(ends, 0, e, 0, count);
                        ends = e;
                        int[] g = new int[count * 2 * width];
                        System.arraycopy(snaps, 0, g, 0, count * width);
                        snaps = g;
                    }
                    ends[count] = end;
                    if (width > 0) {
                        System.arraycopy(m.groups, groupFrom * 2, snaps, count * width, width);
                    }
                }
                count++;
                if (end == pos) {
                    zeroLength = true; // an iteration that matched nothing: stop iterating
                    break;
                }
                pos = end;
            }
            if (count < min && !zeroLength) {
                return false;
            }
            if (mode == POSSESSIVE) {
                return next.match(m, pos, s);
            }
            while (true) {
                if (next.match(m, pos, s)) {
                    return true;
                }
                if (count == 0 || count - 1 < min) {
                    return false;
                }
                count--;
                pos = count == 0 ? i : ends[count - 1];
                if (width > 0) {
                    if (count > 0) {
                        System.arraycopy(snaps, (count - 1) * width, m.groups, groupFrom * 2, width);
                    } else {
                        System.arraycopy(entry, 0, m.groups, groupFrom * 2, width);
                    }
                }
            }
        }

        private boolean lazy(Matcher m, int i, CharSequence s) {
            int count = 0;
            int pos = i;
            while (count < min) {
                if (!body.match(m, pos, s)) {
                    return false;
                }
                int end = m.locals[slot];
                count++;
                if (end == pos) {
                    return next.match(m, pos, s);
                }
                pos = end;
            }
            while (true) {
                if (next.match(m, pos, s)) {
                    return true;
                }
                if (count >= max || !body.match(m, pos, s)) {
                    return false;
                }
                int end = m.locals[slot];
                count++;
                if (end == pos) {
                    return next.match(m, pos, s);
                }
                pos = end;
            }
        }
    }

    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (i == m.locals[loop.startSlot]) {
                // an iteration that matched nothing: stop iterating
                return loop.next.match(m, i, s);
            }
            return loop.iterate(m, i, s);
        }
    }

    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            for (int k = 0; k < alternatives.length; k++) {
                if (alternatives[k].match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class BranchEnd extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    static final class GroupHead extends Node {
        final int slot;

        GroupHead(int slot) {
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[slot];
            m.locals[slot] = i;
            boolean r = next.match(m, i, s);
            m.locals[slot] = saved;
            return r;
        }
    }

    static final class GroupTail extends Node {
        final int group;
        final int slot;

        GroupTail(int group, int slot) {
            this.group = group;
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int oldStart = m.groups[group * 2];
            int oldEnd = m.groups[group * 2 + 1];
            m.groups[group * 2] = m.locals[slot];
            m.groups[group * 2 + 1] = i;
            if (next.match(m, i, s)) {
                return true;
            }
            m.groups[group * 2] = oldStart;
            m.groups[group * 2 + 1] = oldEnd;
            return false;
        }
    }

    static final class BackRef extends Node {
        final int group;
        final int fold;

        BackRef(int group, int fold) {
            this.group = group;
            this.fold = fold;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (group * 2 + 1 >= m.groups.length) {
                return false;
            }
            int start = m.groups[group * 2];
            int end = m.groups[group * 2 + 1];
            if (start < 0) {
                return false;
            }
            int len = end - start;
            if (i + len > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int k = 0; k < len; k++) {
                char a = s.charAt(start + k);
                char b = s.charAt(i + k);
                if (a == b) {
                    continue;
                }
                if (fold == 1) {
                    if (a < 128 && b < 128 && toLowerAscii(a) == toLowerAscii(b)) {
                        continue;
                    }
                } else if (fold == 2) {
                    char ua = Character.toUpperCase(a);
                    char ub = Character.toUpperCase(b);
                    if (ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub)) {
                        continue;
                    }
                }
                return false;
            }
            return next.match(m, i + len, s);
        }

        private static int toLowerAscii(char c) {
            return (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
    }

    static final class Atomic extends Node {
        Node body;
        final int slot;

        Atomic(Node body, int slot) {
            this.body = body;
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] saved = m.groups.clone();
            int savedLocal = m.locals[slot];
            if (!body.match(m, i, s)) {
                m.locals[slot] = savedLocal;
                return false;
            }
            int end = m.locals[slot];
            m.locals[slot] = savedLocal;
            if (next.match(m, end, s)) {
                return true;
            }
            System.arraycopy(saved, 0, m.groups, 0, saved.length);
            return false;
        }
    }

    /** (?=X) and (?!X). */
    static final class Ahead extends Node {
        final Node body;
        final boolean negative;

        Ahead(Node body, boolean negative) {
            this.body = body;
            this.negative = negative;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedTo = m.to;
            if (m.transparentBounds) {
                m.to = m.getTextLength();
            }
            int[] saved = m.groups.clone();
            boolean ok;
            try {
                if (negative && i >= m.to) {
                    m.requireEnd = true;
                }
                ok = body.match(m, i, s);
            } finally {
                m.to = savedTo;
            }
            if (negative) {
                System.arraycopy(saved, 0, m.groups, 0, saved.length);
                return !ok && next.match(m, i, s);
            }
            if (ok && next.match(m, i, s)) {
                return true;
            }
            System.arraycopy(saved, 0, m.groups, 0, saved.length);
            return false;
        }
    }

    /** (?<=X) and (?<!X). */
    static final class Behind extends Node {
        final Node body;
        final int minLen;
        final int maxLen;
        final int slot;
        final boolean negative;

        Behind(Node body, int minLen, int maxLen, int slot, boolean negative) {
            this.body = body;
            this.minLen = minLen;
            this.maxLen = maxLen;
            this.slot = slot;
            this.negative = negative;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedFrom = m.from;
            int startIndex = m.transparentBounds ? 0 : m.from;
            int lowest = maxLen < 0 ? startIndex : Math.max(i - maxLen, startIndex);
            int[] saved = m.groups.clone();
            int savedLocal = m.locals[slot];
            m.locals[slot] = i;
            boolean ok = false;
            try {
                if (m.transparentBounds) {
                    m.from = 0;
                }
                for (int j = i - minLen; !ok && j >= lowest; j--) {
                    ok = body.match(m, j, s);
                }
            } finally {
                m.from = savedFrom;
                m.locals[slot] = savedLocal;
            }
            if (negative) {
                System.arraycopy(saved, 0, m.groups, 0, saved.length);
                return !ok && next.match(m, i, s);
            }
            if (ok && next.match(m, i, s)) {
                return true;
            }
            System.arraycopy(saved, 0, m.groups, 0, saved.length);
            return false;
        }
    }

    /** \A, and ^ without MULTILINE. */
    static final class Begin extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.anchoringBounds ? m.from : 0;
            return i == start && next.match(m, i, s);
        }
    }

    /** ^ in MULTILINE mode: at the start, or after a line terminator, but not at the end. */
    static final class Caret extends Node {
        final boolean unixLines;

        Caret(boolean unixLines) {
            this.unixLines = unixLines;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.anchoringBounds ? m.from : 0;
            int end = m.anchoringBounds ? m.to : m.getTextLength();
            if (i == end) {
                m.hitEnd = true;
                return false;
            }
            if (i > start) {
                char c = s.charAt(i - 1);
                if (unixLines) {
                    if (c != '\n') {
                        return false;
                    }
                } else {
                    if (c != '\n' && c != '\r' && (c | 1) != '\u2029' && c != '\u0085') {
                        return false;
                    }
                    if (c == '\r' && s.charAt(i) == '\n') {
                        return false; // inside \r\n
                    }
                }
            }
            return next.match(m, i, s);
        }
    }

    /** $ (MULTILINE or not) and \Z. */
    static final class Dollar extends Node {
        final boolean multiline;
        final boolean unixLines;

        Dollar(boolean multiline, boolean unixLines) {
            this.multiline = multiline;
            this.unixLines = unixLines;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int end = m.anchoringBounds ? m.to : m.getTextLength();
            if (unixLines) {
                if (i < end) {
                    char c = s.charAt(i);
                    if (c != '\n') {
                        return false;
                    }
                    if (multiline) {
                        return next.match(m, i, s);
                    }
                    if (i != end - 1) {
                        return false;
                    }
                }
                m.hitEnd = true;
                m.requireEnd = true;
                return next.match(m, i, s);
            }
            if (!multiline) {
                if (i < end - 2) {
                    return false;
                }
                if (i == end - 2 && !(s.charAt(i) == '\r' && s.charAt(i + 1) == '\n')) {
                    return false;
                }
            }
            if (i < end) {
                char c = s.charAt(i);
                if (c == '\n') {
                    if (i > 0 && s.charAt(i - 1) == '\r') {
                        return false;
                    }
                    if (multiline) {
                        return next.match(m, i, s);
                    }
                } else if (c == '\r' || c == '\u0085' || (c | 1) == '\u2029') {
                    if (multiline) {
                        return next.match(m, i, s);
                    }
                } else {
                    return false;
                }
            }
            m.hitEnd = true;
            m.requireEnd = true;
            return next.match(m, i, s);
        }
    }

    /** \z */
    static final class End extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            int end = m.anchoringBounds ? m.to : m.getTextLength();
            if (i == end) {
                m.hitEnd = true;
                return next.match(m, i, s);
            }
            return false;
        }
    }

    /** \G: where the previous match ended. */
    static final class LastMatch extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.oldLast && next.match(m, i, s);
        }
    }

    /** \b and \B. */
    static final class Bound extends Node {
        final boolean negate;
        final boolean unicode;

        Bound(boolean negate, boolean unicode) {
            this.negate = negate;
            this.unicode = unicode;
        }

        private boolean isWord(int ch) {
            return unicode ? Ctype.isUnicodeWord(ch) : (ch == '_' || Character.isLetterOrDigit(ch));
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.transparentBounds ? 0 : m.from;
            int end = m.transparentBounds ? m.getTextLength() : m.to;
            boolean left = false;
            boolean right = false;
            if (i > start) {
                int ch = Character.codePointBefore(s, i);
                left = isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(s, i - 1, start));
            }
            if (i < end) {
                int ch = Character.codePointAt(s, i);
                right = isWord(ch) || (Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(s, i, start));
            } else {
                m.hitEnd = true;
                m.requireEnd = true;
            }
            boolean boundary = left ^ right;
            return boundary != negate && next.match(m, i, s);
        }

        /** Whether the non-spacing marks ending at i sit on a word character. */
        private boolean hasBase(CharSequence s, int i, int start) {
            for (int k = i - 1; k >= start; k--) {
                char c = s.charAt(k);
                if (isWord(c)) {
                    return true;
                }
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    return false;
                }
            }
            return false;
        }
    }

    /** \R: \r\n or one of [\n\u000B\u000C\r\u0085\u2028\u2029]. */
    static final class LineBreak extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                char c = s.charAt(i);
                if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x85 || c == 0x2028 || c == 0x2029) {
                    return next.match(m, i + 1, s);
                }
                if (c == '\r') {
                    if (i + 1 < m.to) {
                        if (s.charAt(i + 1) == '\n' && next.match(m, i + 2, s)) {
                            return true;
                        }
                    } else {
                        m.hitEnd = true;
                    }
                    return next.match(m, i + 1, s);
                }
                return false;
            }
            m.hitEnd = true;
            return false;
        }
    }

    private static boolean isExtender(int ch) {
        int t = Character.getType(ch);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK || ch == 0x200d || (ch >= 0xfe00 && ch <= 0xfe0f);
    }

    /** \X, approximated: \r\n, or a code point and the marks that follow it. */
    static final class Grapheme extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                m.hitEnd = true;
                return false;
            }
            int j = i;
            if (s.charAt(j) == '\r' && j + 1 < m.to && s.charAt(j + 1) == '\n') {
                return next.match(m, j + 2, s);
            }
            int ch = Character.codePointAt(s, j);
            j += Character.charCount(ch);
            while (j < m.to) {
                int c = Character.codePointAt(s, j);
                if (!isExtender(c)) {
                    break;
                }
                j += Character.charCount(c);
            }
            return next.match(m, j, s);
        }
    }

    /** \b{g}, approximated like \X. */
    static final class GraphemeBound extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.transparentBounds ? 0 : m.from;
            int end = m.transparentBounds ? m.getTextLength() : m.to;
            if (i > start && i < end) {
                char prev = s.charAt(i - 1);
                char cur = s.charAt(i);
                if ((prev == '\r' && cur == '\n') || Character.isSurrogatePair(prev, cur)
                        || isExtender(Character.codePointAt(s, i))) {
                    return false;
                }
            }
            return next.match(m, i, s);
        }
    }
}
