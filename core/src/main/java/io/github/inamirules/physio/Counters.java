package io.github.inamirules.physio;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.model.DateRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The session counters of one pass, keyed by counter id, pathology (or none) and period. Counters only
 * go up. Each keeps the limit in force at the last session it counted. Package-private, confined to
 * one pass.
 */
final class Counters {
    private final Map<Key, Count> counts = new LinkedHashMap<>();

    int used(String counter, String pathologyId, DateRange period) {
        Count c = counts.get(new Key(counter, pathologyId, period));
        return c == null ? 0 : c.used;
    }

    /**
     * Counts one more session.
     *
     * @param limit the limit in force, or null if the counter has none
     * @return the new count, the session's rank
     */
    int increment(String counter, String pathologyId, DateRange period, Integer limit) {
        Count c = counts.computeIfAbsent(new Key(counter, pathologyId, period), k -> new Count());
        c.used++;
        c.limit = limit;
        return c.used;
    }

    List<Entitlement> entitlements() {
        List<Entitlement> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            var b = Entitlement.builder().counter(k.counter).period(k.period).used(c.used);
            if (k.pathologyId != null) {
                b.pathologyId(k.pathologyId);
            }
            if (c.limit != null) {
                b.limit(c.limit);
            }
            out.add(b.build());
        });
        return out;
    }

    private static final class Count {
        int used;
        Integer limit;
    }

    private static final class Key {
        final String counter;
        final String pathologyId;
        final DateRange period;

        Key(String counter, String pathologyId, DateRange period) {
            this.counter = counter;
            this.pathologyId = pathologyId;
            this.period = period;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && counter.equals(((Key) o).counter)
                    && Objects.equals(pathologyId, ((Key) o).pathologyId) && period.equals(((Key) o).period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(counter, pathologyId, period);
        }
    }
}
