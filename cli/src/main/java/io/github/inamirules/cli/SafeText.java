package io.github.inamirules.cli;

import java.io.PrintWriter;

/**
 * Text output that a hostile file cannot forge: every line a command prints for people passes through
 * {@link #writer(PrintWriter)}, which turns control characters inside a line (a newline in a scenario
 * name, an ANSI escape) into spaces, so a file can neither print a fake {@code 3 passed, 0 failed}
 * line nor drive the terminal. CSV cells are neutralised by {@link #csvCell(String)}.
 */
final class SafeText {
    private static final String CONTROL = "[\\p{Cntrl}\\u2028\\u2029\\u0085\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]";

    private SafeText() {
    }

    /** A value on one line: control characters become spaces. */
    static String line(String text) {
        return text == null ? "null" : text.replaceAll(CONTROL, " ");
    }

    /**
     * A CSV cell a spreadsheet cannot run: on one line, and a leading {@code = + - @} (or tab, carriage
     * return) prefixed with an apostrophe, as OWASP recommends against formula injection.
     */
    static String csvCell(String text) {
        String cell = line(text);
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)) {
            return "'" + cell;
        }
        return cell;
    }

    /** A negative amount such as {@code -3.65} stays a number. */
    private static boolean isNumber(String cell) {
        return cell.matches("-\\d+(\\.\\d+)?");
    }

    /** A writer whose printed lines are made safe with {@link #line(String)}. */
    static PrintWriter writer(PrintWriter out) {
        return out instanceof SafeWriter ? out : new SafeWriter(out);
    }

    /** Sanitises every line printed through it. */
    private static final class SafeWriter extends PrintWriter {
        private final PrintWriter target;

        SafeWriter(PrintWriter target) {
            super(target, true);
            this.target = target;
        }

        @Override
        public void println(String x) {
            target.println(line(x));
        }

        @Override
        public void println(Object x) {
            target.println(line(String.valueOf(x)));
        }

        @Override
        public void print(String s) {
            target.print(line(s));
        }

        @Override
        public void println() {
            target.println();
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public boolean checkError() {
            return target.checkError();
        }
    }
}
