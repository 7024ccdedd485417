package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The result never depends on the order of the sessions in the input (DESIGN.md): a full package, sessions
 * beyond the limits, a refused session at the practice and one after the window, shuffled, give the same
 * decisions and entitlements.
 */
class InputOrderProperties {
    private static final LocalDate END = LocalDate.of(2025, 3, 1);

    private static OtCase history() {
        return OtCase.programmeEnding(END).fullPackage(END.plusDays(3))
                .session("ex-8", END.plusDays(10), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME))
                .session("ex-9", END.plusDays(10), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME))
                .session("info-3", END.plusDays(20), OccupationalTherapy.at(Service.INFORMATION_SESSION, Place.SHOP))
                .session("practice", END.plusDays(4), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.PRACTICE))
                .session("late", END.plusMonths(7), OccupationalTherapy.at(Service.FINAL_BILAN, Place.HOME));
    }

    private static Map<String, Decision> byId(Assessment a) {
        return a.decisions().stream().collect(Collectors.toMap(Decision::sessionId, Function.identity()));
    }

    @Property(tries = 200)
    void decisionsDoNotDependOnInputOrder(@ForAll long seed) {
        OtCase c = history();
        List<Session> shuffled = new ArrayList<>(c.sessions());
        Collections.shuffle(shuffled, new Random(seed));
        Assessment inOrder = OtCase.FIXTURE.assess(c.history());
        Assessment reordered = OtCase.FIXTURE.assess(c.history(shuffled));
        assertThat(byId(reordered)).isEqualTo(byId(inOrder));
        assertThat(reordered.entitlements()).containsExactlyInAnyOrderElementsOf(inOrder.entitlements());
        assertThat(reordered.decisions()).extracting(Decision::sessionId)
                .containsExactlyElementsOf(shuffled.stream().map(Session::id).collect(Collectors.toList()));
        assertThat(reordered.totalPatientShare()).isEqualTo(inOrder.totalPatientShare());
    }
}
