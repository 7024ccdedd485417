package io.github.inamirules.rates;

import java.util.List;
import java.util.Objects;

/**
 * What one row of an overlay replaces: the rows of the installed rate modules with the same profession
 * and key whose periods it overlaps. On the days of the overlay row, the overlay row is the one read;
 * on the other days of a replaced row, that row still holds.
 *
 * <p>Immutable and thread-safe.
 */
public final class Replacement {
    private final String overlay;
    private final RateRow row;
    private final List<RateRow> replaced;

    Replacement(String overlay, RateRow row, List<RateRow> replaced) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.row = Objects.requireNonNull(row, "row");
        this.replaced = List.copyOf(replaced);
    }

    /**
     * Returns the id of the overlay.
     *
     * @return the overlay module's id
     */
    public String overlay() {
        return overlay;
    }

    /**
     * Returns the overlay's row.
     *
     * @return the row that wins on its days
     */
    public RateRow row() {
        return row;
    }

    /**
     * Returns the rows of the installed modules it replaces, at least one.
     *
     * @return the replaced rows
     */
    public List<RateRow> replaced() {
        return replaced;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(overlay).append(": ").append(row.key()).append(' ').append(row.period())
                .append(" at ").append(row.provenance().location()).append(" replaces");
        for (RateRow r : replaced) {
            b.append(' ').append(r.period()).append(" at ").append(r.provenance().location());
        }
        return b.toString();
    }
}
