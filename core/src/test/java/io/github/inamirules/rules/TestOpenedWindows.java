package io.github.inamirules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TestOpenedWindows {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_04_01 = LocalDate.of(2025, 4, 1);
    private static final LocalDate DATE_2026_03_01 = LocalDate.of(2026, 3, 1);
    private static final LocalDate DATE_2026_03_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate DATE_2027_03_10 = LocalDate.of(2027, 3, 10);
    private static final DateRange FROM_2025_03_01 = DateRange.of(DATE_2025_03_01, DATE_2026_03_01);

    private static OpenedWindows yearFromFirstSession() {
        return new OpenedWindows(Window.from(Period.ofYears(1)));
    }

    @Test
    void aWindowThatIsNotAnchored_isRejected() {
        assertThatThrownBy(() -> new OpenedWindows(Window.calendarYear()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("calendar year is not anchored");
        assertThatThrownBy(() -> new OpenedWindows(Window.rollingMonths(12)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstAcceptedSession_opensTheWindow_andLaterSessionsGetIt() {
        OpenedWindows windows = yearFromFirstSession();
        DecisionDraft first = Drafts.draft("s-1", DATE_2025_03_01);

        assertThat(windows.current("menu")).isEmpty();
        assertThat(windows.openOrCurrent(first, "menu")).isEqualTo(FROM_2025_03_01);
        assertThat(windows.current("menu")).isEmpty();
        Drafts.accept(first);

        assertThat(windows.current("menu")).contains(FROM_2025_03_01);
        assertThat(windows.openOrCurrent(Drafts.draft("s-2", DATE_2025_04_01), "menu")).isEqualTo(FROM_2025_03_01);
    }

    @Test
    void aRefusedSession_opensNothing() {
        OpenedWindows windows = yearFromFirstSession();
        DecisionDraft refused = Drafts.draft("s-1", DATE_2025_03_01);

        windows.openOrCurrent(refused, "menu");
        refused.refuse(Drafts.Rule.T_1, "DIET_ACCORD_MISSING", RefusalCode.NO_AGREEMENT);
        refused.decide();

        assertThat(windows.current("menu")).isEmpty();
        DecisionDraft next = Drafts.draft("s-2", DATE_2025_03_10);
        assertThat(windows.openOrCurrent(next, "menu")).isEqualTo(DateRange.of(DATE_2025_03_10, DATE_2026_03_10));
    }

    @Test
    void open_renewsTheWindow_onlyWhenAccepted() {
        OpenedWindows windows = yearFromFirstSession();
        DecisionDraft first = Drafts.draft("s-1", DATE_2025_03_01);
        windows.openOrCurrent(first, "menu");
        Drafts.accept(first);
        DecisionDraft refusedRenewal = Drafts.draft("s-2", DATE_2026_03_10);
        windows.open(refusedRenewal, "menu", Window.from(Period.ofYears(1)));
        refusedRenewal.refuse(Drafts.Rule.T_1, "X", RefusalCode.RENEWAL_PERIOD_NOT_EXPIRED);
        refusedRenewal.decide();

        assertThat(windows.current("menu")).contains(FROM_2025_03_01);

        DecisionDraft renewal = Drafts.draft("s-3", DATE_2026_03_10);
        DateRange renewed = windows.open(renewal, "menu", Window.untilEndOfYearPlus(0));
        Drafts.accept(renewal);

        assertThat(renewed).isEqualTo(DateRange.of(DATE_2026_03_10, LocalDate.of(2027, 1, 1)));
        assertThat(windows.current("menu")).contains(renewed);
        assertThat(renewed.contains(DATE_2027_03_10)).isFalse();
    }

    @Test
    void keys_areIndependent() {
        OpenedWindows windows = yearFromFirstSession();
        DecisionDraft menu = Drafts.draft("s-1", DATE_2025_03_01);
        windows.openOrCurrent(menu, "menu");
        Drafts.accept(menu);

        DecisionDraft clinic = Drafts.draft("s-2", DATE_2025_03_10, "clinic");

        assertThat(windows.openOrCurrent(clinic, "clinic")).isEqualTo(DateRange.of(DATE_2025_03_10, DATE_2026_03_10));
        assertThat(windows.current("menu")).contains(FROM_2025_03_01);
    }
}
