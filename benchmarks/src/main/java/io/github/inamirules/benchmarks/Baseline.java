package io.github.inamirules.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deliberately plain hand-written classifier of issue 11, over the same rows as the engine: tiers
 * only, no pricing and no reasons. Group row indexes per patient in a {@code HashMap}, sort each
 * patient's rows by date then id, count per (pathology, year) in {@code HashMap}s: courante 1–18, 19–54,
 * 55+ refused, a 4th courante pathology refused; Fb 60 then 80; one E session a day.
 */
final class Baseline {
    /** Tiers. */
    static final byte REFUSED = 0;
    /** First tier (courante 1–18, Fb 1–60, E). */
    static final byte FIRST = 1;
    /** Second tier (courante 19–54, Fb 61–80). */
    static final byte SECOND = 2;

    private Baseline() {
    }

    /**
     * Classifies every row.
     *
     * @param w the rows
     * @return the tier of each row
     */
    static byte[] classify(BatchWorkload w) {
        byte[] tier = new byte[w.size];
        Map<Integer, List<Integer>> byPatient = new HashMap<>();
        for (int i = 0; i < w.size; i++) {
            byPatient.computeIfAbsent(w.patient[i], k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> rows : byPatient.values()) {
            rows.sort((a, b) -> w.day[a] != w.day[b] ? Integer.compare(w.day[a], w.day[b])
                    : Integer.compare(w.sessionNumber[a], w.sessionNumber[b]));
            Map<Integer, Integer> count = new HashMap<>();
            Map<Integer, Integer> lastEDay = new HashMap<>();
            List<Integer> courantePathologies = new ArrayList<>();
            for (int i : rows) {
                int key = w.pathology[i] * 10_000 + 2025;          // (pathology, year)
                switch (w.situation[i]) {
                    case BatchWorkload.COURANTE -> {
                        if (!courantePathologies.contains(key)) {
                            if (courantePathologies.size() == 3) {
                                tier[i] = REFUSED;
                                continue;
                            }
                            courantePathologies.add(key);
                        }
                        int n = count.merge(key, 1, Integer::sum);
                        tier[i] = n <= 18 ? FIRST : n <= 54 ? SECOND : REFUSED;
                    }
                    case BatchWorkload.FB -> {
                        int n = count.merge(key, 1, Integer::sum);
                        tier[i] = n <= 60 ? FIRST : n <= 80 ? SECOND : REFUSED;
                    }
                    default -> {
                        Integer last = lastEDay.put(key, (int) w.day[i]);
                        tier[i] = last != null && last == w.day[i] ? REFUSED : FIRST;
                    }
                }
            }
        }
        return tier;
    }
}
