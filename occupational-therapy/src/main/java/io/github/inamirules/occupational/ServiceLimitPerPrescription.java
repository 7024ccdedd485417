package io.github.inamirules.occupational;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Per prescription the beneficiary is entitled to 1 observation bilan, 7 exercise sessions, 2
 * information sessions and 1 final bilan (ERGO-17: "Elk voorschrift van uw behandelende revalidatiearts
 * geeft u recht op…"; the limits are rate parameters). The next service of a kind whose limit is used
 * up is refused 002, naming the session that used it up; the others get their band and their rank.
 *
 * <p>Counting rules: one counter per service (its {@link Service#band()}) per episode and prescription;
 * the kernel's {@link Counters} key a counter on an episode and a period, so a prescription's counter
 * is the one of its episode over {@code [prescription date, ∞)}; two prescriptions of one episode
 * written on the same day therefore count together. Refused sessions never count.
 *
 * @see <a href="https://www.elergo.be/honoraria-ergotherapeut/">ERGO-17 source</a>
 */
final class ServiceLimitPerPrescription {
    private final Counters counters;

    ServiceLimitPerPrescription(Counters counters) {
        this.counters = counters;
    }

    /** Bands or refuses the draft. */
    void apply(DecisionDraft d, Service service, Prescription p) {
        int limit = d.rates().integer(service.limitParameter());
        String episode = d.episode().id();
        DateRange period = DateRange.startingFrom(p.date());
        int rank = counters.count(d, service.band(), episode, period, limit);
        if (rank > limit) {
            d.refuseUsedUp(OtRule.ERGO_17, "OT_SERVICE_LIMIT_REACHED", RefusalCode.MAXIMUM_REACHED,
                    counters.lastCounted(service.band(), episode, period).orElse(null),
                    "service", service.id(), "max", limit, "prescription", p.id());
            return;
        }
        d.band(service.band(), rank);
    }
}
