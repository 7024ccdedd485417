package io.github.inamirules.testkit.hostile;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.testkit.CareHistoryArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/** Histories of {@link CareHistoryArbitraries} drawn from a fixed seed, outside a property (in a jqwik session). */
final class Samples {
    private Samples() {
    }

    static List<CareHistory> histories(ReimbursementEngine engine, Profession profession, DateRange days, int count,
            long seed) {
        boolean mine = !JqwikSession.isActive();
        if (mine) {
            JqwikSession.start();
        }
        try {
            RandomGenerator<CareHistory> generator = CareHistoryArbitraries.of(engine, profession, days).generator(1000);
            Random random = new Random(seed);
            List<CareHistory> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(generator.next(random).value());
            }
            return out;
        } finally {
            if (mine) {
                JqwikSession.finish();
            }
        }
    }
}
