package io.github.inamirules.model;

import java.time.LocalTime;
import java.util.Comparator;

/**
 * The order in which a rule set sees the sessions: by date, then by time of day (a session without
 * a time comes before the timed sessions of its day), then by id in natural order, so that
 * {@code s-9} comes before {@code s-10}. Ids are unique in a care history, so the order is total and
 * a result never depends on the order of the input.
 *
 * <p>Natural order compares ids run by run: a run of digits as a number, any other run as text;
 * ids equal that way (such as {@code s-01} and {@code s-1}) fall back to plain text order.
 */
public final class SessionOrder {
    /** Date, then time of day, then id in natural order. */
    public static final Comparator<Session> CHRONOLOGICAL = SessionOrder::compareChronologically;

    private SessionOrder() {
    }

    /**
     * Compares two ids in natural order: digit runs by their numeric value.
     *
     * @param a an id
     * @param b another id
     * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
     */
    public static int compareIds(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = runEnd(a, i);
                int ej = runEnd(b, j);
                int c = compareNumbers(a, i, ei, b, j, ej);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Date, then time of day (none first), then id in natural order: written out, as it runs for every pair sorted. */
    private static int compareChronologically(Session a, Session b) {
        int c = a.date().compareTo(b.date());
        if (c != 0) {
            return c;
        }
        LocalTime ta = a.time().orElse(null);
        LocalTime tb = b.time().orElse(null);
        if (ta != tb) {
            if (ta == null) {
                return -1;
            }
            if (tb == null) {
                return 1;
            }
            c = ta.compareTo(tb);
            if (c != 0) {
                return c;
            }
        }
        return compareIds(a.id(), b.id());
    }

    /** Two runs of digits by their numbers: leading zeros aside, the longer is the larger, else digit by digit. */
    private static int compareNumbers(String a, int from, int to, String b, int bFrom, int bTo) {
        int za = skipZeros(a, from, to);
        int zb = skipZeros(b, bFrom, bTo);
        int la = to - za;
        int lb = bTo - zb;
        if (la != lb) {
            return Integer.compare(la, lb);
        }
        for (int k = 0; k < la; k++) {
            int c = Character.compare(a.charAt(za + k), b.charAt(zb + k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The first digit of a run that is not a leading zero (its last digit if all are zeros). */
    private static int skipZeros(String s, int from, int to) {
        int k = from;
        while (k < to - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
