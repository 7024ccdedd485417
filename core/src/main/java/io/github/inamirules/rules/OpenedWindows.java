package io.github.inamirules.rules;

import io.github.inamirules.model.DateRange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The anchored windows of one pass, one per key (an episode, a prescription), each opened by the first
 * accepted session that needs it: the year of an Fa treatment, the period of an Fb treatment, a
 * pregnancy. A window opened by a session that is then refused is not kept: refused sessions open
 * nothing.
 *
 * <p>Confined to one pass: not thread-safe.
 */
public final class OpenedWindows {
    private final Window window;
    private final Map<String, DateRange> opened = new HashMap<>();

    /**
     * Creates the tracker of one kind of window.
     *
     * @param window the window, anchored
     * @throws IllegalArgumentException if the window is not anchored
     */
    public OpenedWindows(Window window) {
        if (!window.isAnchored()) {
            throw new IllegalArgumentException(window + " is not anchored");
        }
        this.window = window;
    }

    /**
     * Returns the window currently open for a key.
     *
     * @param key the key
     * @return the period, if a session opened one
     */
    public Optional<DateRange> current(String key) {
        return Optional.ofNullable(opened.get(key));
    }

    /**
     * Returns the window of a key for a draft: the one open, or a new one anchored at the draft's date,
     * which stays open only if the draft is accepted.
     *
     * @param draft the session being decided
     * @param key the key
     * @return the period
     */
    public DateRange openOrCurrent(DecisionDraft draft, String key) {
        DateRange current = opened.get(key);
        return current != null ? current : open(draft, key, window);
    }

    /**
     * Opens a new window for a key, anchored at the draft's date, replacing the current one when the
     * draft is accepted (a renewal).
     *
     * @param draft the session being decided
     * @param key the key
     * @param shape the window to open, anchored
     * @return the new period
     */
    public DateRange open(DecisionDraft draft, String key, Window shape) {
        DateRange period = shape.period(draft.date(), draft.date());
        draft.whenAccepted(() -> opened.put(key, period));
        return period;
    }
}
