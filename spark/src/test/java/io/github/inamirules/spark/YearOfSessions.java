package io.github.inamirules.spark;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Profession;
import io.github.inamirules.testkit.CareHistoryArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * A generated year (2025) of care histories of the three professions, from the testkit's arbitraries,
 * reproducible from a seed: seven patients in ten in physiotherapy, two in clinical psychology, one in
 * occupational therapy, with ids {@code p-00000}, {@code p-00001}, …
 */
final class YearOfSessions {
    private YearOfSessions() {
    }

    static List<CareHistory> generate(ReimbursementEngine engine, int patients, long seed) {
        List<CareHistory> out = new ArrayList<>();
        JqwikSession.run(Long.toString(seed), () -> out.addAll(generated(engine, patients, seed)));
        return out;
    }

    private static List<CareHistory> generated(ReimbursementEngine engine, int patients, long seed) {
        DateRange year = DateRange.ofYear(2025);
        List<RandomGenerator<CareHistory>> generators = new ArrayList<>();
        for (String p : List.of("physiotherapy", "clinical-psychology", "occupational-therapy")) {
            generators.add(CareHistoryArbitraries.of(engine, Profession.of(p), year).generator(100));
        }
        Random random = new Random(seed);
        List<CareHistory> out = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            int draw = random.nextInt(10);
            CareHistory h = generators.get(draw < 7 ? 0 : draw < 9 ? 1 : 2).next(random).value();
            out.add(CareHistory.builder().from(h).patient(Patient.builder().from(h.patient())
                    .id(String.format(Locale.ROOT, "p-%05d", i)).build()).build());
        }
        return out;
    }
}
