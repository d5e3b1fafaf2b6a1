// A small recursive-descent parser and evaluator for arithmetic expressions with
// variables, unary minus, powers, function calls and error reporting. Tokens, AST nodes
// (sealed interface + records) and an environment built on arrays; only java.lang.
public class ExpressionParser {
    sealed interface Expr permits Num, Var, Unary, Binary, Call { }

    record Num(double value) implements Expr { }

    record Var(String name) implements Expr { }

    record Unary(char op, Expr operand) implements Expr { }

    record Binary(char op, Expr left, Expr right) implements Expr { }

    record Call(String function, Expr argument) implements Expr { }

    static class ParseException extends RuntimeException {
        ParseException(String message, int pos) {
            super(message + " at position " + pos);
        }
    }

    static class Parser {
        private final String src;
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        Expr parse() {
            Expr e = expression();
            skipSpaces();
            if (pos < src.length()) throw new ParseException("unexpected '" + src.charAt(pos) + "'", pos);
            return e;
        }

        private void skipSpaces() {
            while (pos < src.length() && src.charAt(pos) == ' ') pos++;
        }

        private boolean eat(char c) {
            skipSpaces();
            if (pos < src.length() && src.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private Expr expression() {
            Expr left = term();
            while (true) {
                if (eat('+')) left = new Binary('+', left, term());
                else if (eat('-')) left = new Binary('-', left, term());
                else return left;
            }
        }

        private Expr term() {
            Expr left = factor();
            while (true) {
                if (eat('*')) left = new Binary('*', left, factor());
                else if (eat('/')) left = new Binary('/', left, factor());
                else if (eat('%')) left = new Binary('%', left, factor());
                else return left;
            }
        }

        private Expr factor() {
            Expr base = unary();
            if (eat('^')) return new Binary('^', base, factor());
            return base;
        }

        private Expr unary() {
            if (eat('-')) return new Unary('-', unary());
            if (eat('+')) return unary();
            return primary();
        }

        private Expr primary() {
            skipSpaces();
            int start = pos;
            if (eat('(')) {
                Expr e = expression();
                if (!eat(')')) throw new ParseException("expected ')'", pos);
                return e;
            }
            if (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
                return new Num(Double.parseDouble(src.substring(start, pos)));
            }
            if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
                String name = src.substring(start, pos);
                if (eat('(')) {
                    Expr arg = expression();
                    if (!eat(')')) throw new ParseException("expected ')' after argument", pos);
                    return new Call(name, arg);
                }
                return new Var(name);
            }
            throw new ParseException(pos < src.length() ? "unexpected '" + src.charAt(pos) + "'" : "unexpected end", pos);
        }
    }

    static final String[] VAR_NAMES = { "x", "y", "pi", "answer" };
    static final double[] VAR_VALUES = { 3, -2.5, 3.141592653589793, 42 };

    static double eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Var v) {
            for (int i = 0; i < VAR_NAMES.length; i++) if (VAR_NAMES[i].equals(v.name())) return VAR_VALUES[i];
            throw new IllegalArgumentException("unknown variable " + v.name());
        }
        if (e instanceof Unary u) return -eval(u.operand());
        if (e instanceof Binary b) {
            double l = eval(b.left()), r = eval(b.right());
            switch (b.op()) {
                case '+': return l + r;
                case '-': return l - r;
                case '*': return l * r;
                case '/': return l / r;
                case '%': return l % r;
                default: return Math.pow(l, r);
            }
        }
        Call c = (Call) e;
        double a = eval(c.argument());
        return switch (c.function()) {
            case "sqrt" -> Math.sqrt(a);
            case "abs" -> Math.abs(a);
            case "floor" -> Math.floor(a);
            case "sq" -> a * a;
            default -> throw new IllegalArgumentException("unknown function " + c.function());
        };
    }

    static String show(Expr e) {
        if (e instanceof Num n) return n.value() == Math.floor(n.value()) ? String.valueOf((long) n.value()) : String.valueOf(n.value());
        if (e instanceof Var v) return v.name();
        if (e instanceof Unary u) return "(-" + show(u.operand()) + ")";
        if (e instanceof Binary b) return "(" + show(b.left()) + " " + b.op() + " " + show(b.right()) + ")";
        Call c = (Call) e;
        return c.function() + "(" + show(c.argument()) + ")";
    }

    static int countNodes(Expr e) {
        if (e instanceof Unary u) return 1 + countNodes(u.operand());
        if (e instanceof Binary b) return 1 + countNodes(b.left()) + countNodes(b.right());
        if (e instanceof Call c) return 1 + countNodes(c.argument());
        return 1;
    }

    public static void main(String[] args) {
        String[] inputs = {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "10 % 4 + y", "sqrt(16) + abs(y) * 2",
            "pi * sq(x)", "answer / (x - 3)", "-(-(-1))", "floor(7.9) - 0.5", "1.5 * 2.25 - .75",
            "2 * (3 + 4) * (5 - (6 / 3))", "1 +", "(1 + 2", "3 $ 4", "foo(2)", "z * 2", "", "1 2",
        };
        for (String in : inputs) {
            try {
                Expr e = new Parser(in).parse();
                System.out.println("[" + in + "] => " + show(e) + " = " + eval(e) + " (" + countNodes(e) + " nodes)");
            } catch (ParseException ex) {
                System.out.println("[" + in + "] parse error: " + ex.getMessage());
            } catch (IllegalArgumentException ex) {
                System.out.println("[" + in + "] eval error: " + ex.getMessage());
            }
        }
        Expr big = new Num(0);
        for (int i = 1; i <= 200; i++) big = new Binary(i % 2 == 0 ? '+' : '-', big, new Binary('*', new Num(i), new Var("x")));
        System.out.println("big expression nodes " + countNodes(big) + " value " + eval(big));
        System.out.println("record equality " + new Parser("1+x").parse().equals(new Parser(" 1 + x ").parse()));
        System.out.println("record toString " + new Parser("-x*2").parse());
    }
}
