package io.github.inamirules.physio;

import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.ImmutableDecision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Pathology;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.Provenance;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision of one session while the rules work on it. Package-private and confined to one pass of
 * one assessment: not thread-safe, never shared.
 */
final class SessionDraft {
    final Session session;
    final Pathology pathology;
    final Practitioner practitioner;
    final Rates rates;
    final boolean preferential;
    final CareHistory history;

    private final List<Reason> reasons = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private RefusalCode refusal;
    private String usedUpBy;
    Band band;
    /** The band id used to select the code; the band's own id unless a second session of the day. */
    String codeBand;
    String code;
    Money fee;
    Money insurance;
    Money patientShare;
    Money supplement = Money.ZERO;
    Provenance tariffProvenance;

    SessionDraft(CareHistory history, Session session, Rates rates) {
        this.history = history;
        this.session = session;
        this.pathology = history.pathology(session.pathologyId());
        this.practitioner = history.practitioner(session.practitionerId());
        this.rates = rates;
        this.preferential = history.patient().isPreferentialOn(session.date());
    }

    LocalDate date() {
        return session.date();
    }

    boolean isRefused() {
        return refusal != null;
    }

    void refuse(PhysioRule rule, String code, RefusalCode refusalCode, Object... values) {
        reasons.add(reason(rule, code, Severity.REFUSAL, values));
        refusal = refusalCode;
    }

    void refuseUsedUp(PhysioRule rule, String code, RefusalCode refusalCode, String sessionId, Object... values) {
        refuse(rule, code, refusalCode, values);
        usedUpBy = sessionId;
    }

    void info(PhysioRule rule, String code, Object... values) {
        reasons.add(reason(rule, code, Severity.INFO, values));
    }

    void warn(PhysioRule rule, String code, Object... values) {
        reasons.add(reason(rule, code, Severity.WARNING, values));
    }

    void missing(PhysioRule rule, String code, String what, Object... values) {
        reasons.add(reason(rule, code, Severity.MISSING_DATA, values));
        missing.add(what);
    }

    void band(String id, int rank) {
        band = Band.of(id, rank);
        codeBand = id;
    }

    void band(String id) {
        band = Band.of(id);
        codeBand = id;
    }

    private static Reason reason(PhysioRule rule, String code, Severity severity, Object... values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
        }
        return Reason.builder().code(code).severity(severity).ruleId(rule.id()).source(rule.source())
                .values(map).build();
    }

    Decision toDecision() {
        ImmutableDecision.Builder b = Decision.builder().sessionId(session.id()).date(session.date())
                .profession(Profession.PHYSIOTHERAPY).pathologyId(pathology.id()).reasons(reasons);
        if (band != null) {
            b.band(band);
        }
        if (code != null) {
            b.nomenclatureCode(code);
        }
        if (tariffProvenance != null) {
            b.tariffProvenance(tariffProvenance);
        }
        if (refusal != null) {
            b.outcome(Outcome.REFUSED).refusalCode(refusal).insurance(Money.ZERO);
            if (usedUpBy != null) {
                b.usedUpBy(usedUpBy);
            }
            return b.build();
        }
        if (fee != null) {
            b.fee(fee);
        }
        if (insurance != null) {
            b.insurance(insurance);
        }
        if (patientShare != null) {
            b.patientShare(patientShare);
        }
        b.supplement(supplement).missing(missing);
        return b.outcome(missing.isEmpty() ? Outcome.REIMBURSED : Outcome.INSUFFICIENT_DATA).build();
    }
}
