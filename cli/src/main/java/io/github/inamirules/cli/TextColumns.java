package io.github.inamirules.cli;

import java.util.List;

/**
 * Lays out rows of text in aligned columns two spaces apart, each column as wide as its widest cell
 * (header included), left- or right-aligned. Trailing spaces are removed.
 */
final class TextColumns {
    private final int[] widths;
    private final List<Boolean> right;

    /**
     * Measures the columns.
     *
     * @param header the header cells, which fix the number of columns
     * @param right for each column, whether it is aligned on the right
     * @param rows the rows, each with as many cells as the header
     */
    TextColumns(List<String> header, List<Boolean> right, List<List<String>> rows) {
        this.right = List.copyOf(right);
        this.widths = new int[header.size()];
        measure(header);
        rows.forEach(this::measure);
    }

    private void measure(List<String> cells) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
        }
    }

    /** Returns one row laid out. */
    String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            b.append(right.get(i) ? pad + cell : cell + pad);
        }
        return b.toString().stripTrailing();
    }
}
