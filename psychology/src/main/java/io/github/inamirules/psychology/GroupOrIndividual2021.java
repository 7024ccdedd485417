package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Under the 2021 convention a function's care is individual <em>or</em> in a group, not both; around a
 * group series one individual session may take place before it and one after it (PSY-26, "er kan
 * voor/na de groepssessie 1 individueel gesprek plaatsvinden"; replaced in 2024, C-4). Per function,
 * over the 12 months of the caps:
 * <ul>
 *   <li>a group session that starts a series is refused (010) when more individual sessions than
 *       allowed before a series were accepted in the 12 months before it;</li>
 *   <li>an individual session after an accepted group session is refused (010) when a group session of
 *       the function follows it within 12 months (it is in the middle of the series, see
 *       {@link PlannedSessions}), or when the one individual session allowed after the series was
 *       already given.</li>
 * </ul>
 * Entourage sessions are not concerned.
 *
 * @see <a href="https://www.psyzuid.be/nl/nieuws/informatie-terugbetaling-psychologische-sessies-">PSY-26 source</a>
 */
final class GroupOrIndividual2021 {
    private final PlannedSessions planned;
    private final Map<PsyFunction, List<LocalDate>> individualDays = new EnumMap<>(PsyFunction.class);
    private final Map<PsyFunction, LocalDate> lastGroup = new EnumMap<>(PsyFunction.class);
    private final Map<PsyFunction, Integer> individualsAfterGroup = new EnumMap<>(PsyFunction.class);

    GroupOrIndividual2021(PlannedSessions planned) {
        this.planned = planned;
    }

    /** Refuses the draft if it combines group and individual care wrongly; tells whether it passed. */
    boolean apply(DecisionDraft d, PsyFunction f, SessionType type) {
        if (type == SessionType.ENTOURAGE) {
            return true;
        }
        int around = d.rates().integer(PsyParameters.CONV_2021_AROUND_GROUP);
        int months = d.rates().integer(PsyParameters.CAP_MONTHS);
        LocalDate windowStart = d.date().minusMonths(months);
        LocalDate group = lastGroup.get(f);
        boolean seriesOpen = group != null && group.isAfter(windowStart);
        if (type == SessionType.GROUP) {
            long before = individualDays.getOrDefault(f, List.of()).stream().filter(x -> x.isAfter(windowStart)).count();
            if (!seriesOpen && before > around) {
                d.refuse(PsyRule.PSY_26, "PSY_GROUP_AFTER_INDIVIDUAL_SESSIONS", RefusalCode.CANNOT_BE_COMBINED,
                        "individualSessions", before, "around", around);
                return false;
            }
            d.whenAccepted(() -> {
                lastGroup.put(f, d.date());
                individualsAfterGroup.put(f, 0);
            });
            return true;
        }
        if (seriesOpen && !individual(d, f, group, around, months)) {
            return false;
        }
        d.whenAccepted(() -> {
            individualDays.computeIfAbsent(f, k -> new ArrayList<>()).add(d.date());
            individualsAfterGroup.merge(f, 1, Integer::sum);
        });
        return true;
    }

    private boolean individual(DecisionDraft d, PsyFunction f, LocalDate group, int around, int months) {
        LocalDate next = planned.groupAfter(f, d.date()).orElse(null);
        if (next != null && next.isBefore(d.date().plusMonths(months))) {
            d.refuse(PsyRule.PSY_26, "PSY_INDIVIDUAL_DURING_GROUP_SERIES", RefusalCode.CANNOT_BE_COMBINED,
                    "lastGroup", group, "nextGroup", next);
            return false;
        }
        if (individualsAfterGroup.getOrDefault(f, 0) >= around) {
            d.refuse(PsyRule.PSY_26, "PSY_GROUP_OR_INDIVIDUAL", RefusalCode.CANNOT_BE_COMBINED, "lastGroup", group,
                    "around", around);
            return false;
        }
        return true;
    }
}
