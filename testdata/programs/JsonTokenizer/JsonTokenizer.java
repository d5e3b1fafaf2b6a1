import java.util.*;

// A small JSON parser and printer written the way people usually write one.
public class JsonTokenizer {
    enum TokenType { LBRACE, RBRACE, LBRACKET, RBRACKET, COLON, COMMA, STRING, NUMBER, TRUE, FALSE, NULL, EOF }

    static final class Token {
        final TokenType type;
        final String text;
        final int pos;
        Token(TokenType type, String text, int pos) { this.type = type; this.text = text; this.pos = pos; }
        @Override public String toString() { return type + (text != null ? "(" + text + ")" : "") + "@" + pos; }
    }

    static class JsonException extends RuntimeException {
        JsonException(String msg, int pos) { super(msg + " at position " + pos); }
    }

    static class Lexer {
        private final String src;
        private int i;
        Lexer(String src) { this.src = src; }

        List<Token> tokenize() {
            List<Token> out = new ArrayList<>();
            while (true) {
                Token t = next();
                out.add(t);
                if (t.type == TokenType.EOF) return out;
            }
        }

        private Token next() {
            while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
            if (i >= src.length()) return new Token(TokenType.EOF, null, i);
            int start = i;
            char c = src.charAt(i);
            switch (c) {
                case '{': i++; return new Token(TokenType.LBRACE, null, start);
                case '}': i++; return new Token(TokenType.RBRACE, null, start);
                case '[': i++; return new Token(TokenType.LBRACKET, null, start);
                case ']': i++; return new Token(TokenType.RBRACKET, null, start);
                case ':': i++; return new Token(TokenType.COLON, null, start);
                case ',': i++; return new Token(TokenType.COMMA, null, start);
                case '"': return string();
                default:
                    if (c == '-' || Character.isDigit(c)) return number();
                    if (Character.isLetter(c)) return word();
                    throw new JsonException("Unexpected character '" + c + "'", i);
            }
        }

        private Token string() {
            int start = i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= src.length()) throw new JsonException("Unterminated string", start);
                char c = src.charAt(i++);
                if (c == '"') break;
                if (c == '\\') {
                    char e = src.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case '/' -> sb.append('/');
                        case '\\' -> sb.append('\\');
                        case '"' -> sb.append('"');
                        case 'u' -> {
                            String hex = src.substring(i, i + 4);
                            sb.append((char) Integer.parseInt(hex, 16));
                            i += 4;
                        }
                        default -> throw new JsonException("Bad escape \\" + e, i - 2);
                    }
                } else {
                    sb.append(c);
                }
            }
            return new Token(TokenType.STRING, sb.toString(), start);
        }

        private Token number() {
            int start = i;
            if (src.charAt(i) == '-') i++;
            while (i < src.length() && (Character.isDigit(src.charAt(i)) || ".eE+-".indexOf(src.charAt(i)) >= 0)) i++;
            return new Token(TokenType.NUMBER, src.substring(start, i), start);
        }

        private Token word() {
            int start = i;
            while (i < src.length() && Character.isLetter(src.charAt(i))) i++;
            String w = src.substring(start, i);
            return switch (w) {
                case "true" -> new Token(TokenType.TRUE, null, start);
                case "false" -> new Token(TokenType.FALSE, null, start);
                case "null" -> new Token(TokenType.NULL, null, start);
                default -> throw new JsonException("Unknown literal " + w, start);
            };
        }
    }

    static class Parser {
        private final List<Token> tokens;
        private int p;
        Parser(List<Token> tokens) { this.tokens = tokens; }

        Object parse() {
            Object v = value();
            expect(TokenType.EOF);
            return v;
        }

        private Token peek() { return tokens.get(p); }

        private Token expect(TokenType t) {
            Token tok = tokens.get(p);
            if (tok.type != t) throw new JsonException("Expected " + t + " but got " + tok.type, tok.pos);
            p++;
            return tok;
        }

        private Object value() {
            Token t = tokens.get(p++);
            switch (t.type) {
                case LBRACE: {
                    Map<String, Object> m = new LinkedHashMap<>();
                    if (peek().type == TokenType.RBRACE) { p++; return m; }
                    do {
                        String k = expect(TokenType.STRING).text;
                        expect(TokenType.COLON);
                        m.put(k, value());
                    } while (peek().type == TokenType.COMMA && p++ >= 0);
                    expect(TokenType.RBRACE);
                    return m;
                }
                case LBRACKET: {
                    List<Object> l = new ArrayList<>();
                    if (peek().type == TokenType.RBRACKET) { p++; return l; }
                    l.add(value());
                    while (peek().type == TokenType.COMMA) { p++; l.add(value()); }
                    expect(TokenType.RBRACKET);
                    return l;
                }
                case STRING: return t.text;
                case NUMBER:
                    if (t.text.contains(".") || t.text.contains("e") || t.text.contains("E")) return Double.parseDouble(t.text);
                    long v = Long.parseLong(t.text);
                    if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) return (int) v;
                    return v;
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case NULL: return null;
                default: throw new JsonException("Unexpected " + t.type, t.pos);
            }
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @SuppressWarnings("unchecked")
    static void print(Object v, StringBuilder sb, int indent) {
        String pad = "  ".repeat(indent);
        if (v instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) v;
            if (m.isEmpty()) { sb.append("{}"); return; }
            sb.append("{\n");
            Iterator<Map.Entry<String, Object>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Object> e = it.next();
                sb.append(pad).append("  ").append(quote(e.getKey())).append(": ");
                print(e.getValue(), sb, indent + 1);
                if (it.hasNext()) sb.append(',');
                sb.append('\n');
            }
            sb.append(pad).append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(", ");
                print(l.get(i), sb, indent + 1);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            sb.append(quote(s));
        } else {
            sb.append(v);
        }
    }

    static int depth(Object v) {
        if (v instanceof Map<?, ?> m) {
            int d = 0;
            for (Object x : m.values()) d = Math.max(d, depth(x));
            return d + 1;
        }
        if (v instanceof List<?> l) {
            return 1 + l.stream().mapToInt(JsonTokenizer::depth).max().orElse(0);
        }
        return 0;
    }

    public static void main(String[] args) {
        String doc = """
            {
              "name": "rjava",
              "version": 1.5,
              "tags": ["jvm", "rust", "interpreter"],
              "nested": {"a": [1, 2, {"b": null}], "empty": {}, "list": []},
              "escape": "line\\nnext \\"quoted\\" tab\\t\\u00e9\\u4e2d",
              "big": 12345678901234,
              "neg": -42,
              "exp": 6.02e23,
              "flags": [true, false, null]
            }
            """;
        List<Token> tokens = new Lexer(doc).tokenize();
        System.out.println("tokens: " + tokens.size());
        System.out.println(tokens.subList(0, 6));
        Map<TokenType, Integer> hist = new EnumMap<>(TokenType.class);
        for (Token t : tokens) hist.merge(t.type, 1, Integer::sum);
        System.out.println(hist);
        Object v = new Parser(tokens).parse();
        StringBuilder sb = new StringBuilder();
        print(v, sb, 0);
        System.out.println(sb);
        System.out.println("depth = " + depth(v));
        Map<?, ?> m = (Map<?, ?>) v;
        System.out.println(m.get("big").getClass().getSimpleName() + " " + m.get("neg").getClass().getSimpleName()
            + " " + m.get("exp").getClass().getSimpleName());
        System.out.println(((String) m.get("escape")).length() + " chars, codepoint " + (int) ((String) m.get("escape")).charAt(23));
        String[] bad = {"{\"a\" 1}", "[1, 2", "{\"x\": tru}", "\"abc", "[1 @]", "{} {}"};
        for (String b : bad) {
            try {
                new Parser(new Lexer(b).tokenize()).parse();
                System.out.println("parsed?! " + b);
            } catch (JsonException e) {
                System.out.println(b + " -> " + e.getMessage());
            }
        }
    }
}
