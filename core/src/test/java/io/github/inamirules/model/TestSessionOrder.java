package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestSessionOrder {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_11 = LocalDate.of(2025, 3, 11);
    private static final LocalTime TIME_08_00 = LocalTime.of(8, 0);
    private static final LocalTime TIME_09_00 = LocalTime.of(9, 0);
    private static final LocalTime TIME_14_00 = LocalTime.of(14, 0);

    private static Session session(String id, LocalDate date) {
        return Session.builder().id(id).date(date).practitionerId("diet-1").episodeId("menu").build();
    }

    private static Session session(String id, LocalDate date, LocalTime time) {
        return Session.builder().from(session(id, date)).time(time).build();
    }

    private static List<String> sortedIds(List<Session> sessions) {
        List<Session> copy = new ArrayList<>(sessions);
        copy.sort(SessionOrder.CHRONOLOGICAL);
        return copy.stream().map(Session::id).toList();
    }

    private static int sign(int comparison) {
        return Integer.signum(comparison);
    }

    @ParameterizedTest
    @CsvSource({
        "x-9, x-10, -1",
        "x-10, x-9, 1",
        "x-2, x-2, 0",
        "s-1, s-01, 1",
        "s-01, s-001, 1",
        "s-007, s-8, -1",
        "a, b, -1",
        "a, a-1, -1",
        "a1b2, a1b10, -1",
        "a10, a9z, 1",
        "room-2-visit-10, room-2-visit-9, 1",
        "99999999999999999999, 100000000000000000000, -1",
        "S-1, s-1, -1",
    })
    void compareIds_isNaturalOrder(String a, String b, int expected) {
        assertThat(sign(SessionOrder.compareIds(a, b))).isEqualTo(expected);
        assertThat(sign(SessionOrder.compareIds(b, a))).isEqualTo(-expected);
    }

    @Test
    void sameDay_untimed_xNineBeforeXTen() {
        List<Session> sessions = List.of(session("x-10", DATE_2025_03_10), session("x-9", DATE_2025_03_10),
                session("x-1", DATE_2025_03_11));

        assertThat(sortedIds(sessions)).containsExactly("x-9", "x-10", "x-1");
    }

    @Test
    void sameDay_timed_byTime_beforeId() {
        List<Session> sessions = List.of(session("x-1", DATE_2025_03_10, TIME_14_00),
                session("x-2", DATE_2025_03_10, TIME_08_00), session("x-3", DATE_2025_03_10, TIME_09_00));

        assertThat(sortedIds(sessions)).containsExactly("x-2", "x-3", "x-1");
    }

    @Test
    void sameDay_untimedFirst_thenTimed() {
        List<Session> sessions = List.of(session("x-1", DATE_2025_03_10, TIME_08_00),
                session("x-20", DATE_2025_03_10), session("x-3", DATE_2025_03_10));

        assertThat(sortedIds(sessions)).containsExactly("x-3", "x-20", "x-1");
    }

    @Test
    void date_comesBeforeTime() {
        List<Session> sessions = List.of(session("late", DATE_2025_03_11, TIME_08_00),
                session("early", DATE_2025_03_10, TIME_14_00));

        assertThat(sortedIds(sessions)).containsExactly("early", "late");
    }

    @Test
    void sameDayAndTime_byNaturalId() {
        List<Session> sessions = List.of(session("x-10", DATE_2025_03_10, TIME_09_00),
                session("x-9", DATE_2025_03_10, TIME_09_00));

        assertThat(sortedIds(sessions)).containsExactly("x-9", "x-10");
    }

    @Test
    void theOrder_doesNotDependOnTheInputOrder() {
        List<Session> sessions = new ArrayList<>(List.of(session("x-10", DATE_2025_03_10),
                session("x-9", DATE_2025_03_10), session("x-2", DATE_2025_03_10, TIME_08_00),
                session("x-01", DATE_2025_03_11), session("x-1", DATE_2025_03_11)));
        List<String> expected = List.of("x-9", "x-10", "x-2", "x-01", "x-1");
        Random random = new Random(12);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(sessions, random);
            assertThat(sortedIds(sessions)).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ab-0129").ofMinLength(0).ofMaxLength(7);
    }

    @Property
    void compareIds_isZeroOnlyForEqualIds(@ForAll("ids") String a, @ForAll("ids") String b) {
        assertThat(SessionOrder.compareIds(a, b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void compareIds_isAntisymmetric(@ForAll("ids") String a, @ForAll("ids") String b) {
        assertThat(sign(SessionOrder.compareIds(a, b))).isEqualTo(-sign(SessionOrder.compareIds(b, a)));
    }

    @Property
    void compareIds_isTransitive(@ForAll("ids") String a, @ForAll("ids") String b, @ForAll("ids") String c) {
        List<String> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(SessionOrder::compareIds);

        assertThat(SessionOrder.compareIds(sorted.get(0), sorted.get(1))).isLessThanOrEqualTo(0);
        assertThat(SessionOrder.compareIds(sorted.get(1), sorted.get(2))).isLessThanOrEqualTo(0);
        assertThat(SessionOrder.compareIds(sorted.get(0), sorted.get(2))).isLessThanOrEqualTo(0);
    }

    @Property
    void chronological_isATotalOrder(@ForAll("ids") String idA, @ForAll("ids") String idB,
            @ForAll("times") LocalTime timeA, @ForAll("times") LocalTime timeB) {
        Session a = sessionOrUntimed("a" + idA, timeA);
        Session b = sessionOrUntimed("a" + idB, timeB);
        int ab = SessionOrder.CHRONOLOGICAL.compare(a, b);

        assertThat(sign(ab)).isEqualTo(-sign(SessionOrder.CHRONOLOGICAL.compare(b, a)));
        assertThat(ab == 0).isEqualTo(a.id().equals(b.id()) && a.time().equals(b.time()));
    }

    /**
     * The id order is the one written first, with substrings (kept here as the reference): the
     * allocation-free version gives the same sign for every pair.
     */
    @Property(tries = 2000)
    void compareIds_isTheReferenceOrder(@ForAll("ids") String a, @ForAll("ids") String b) {
        assertThat(sign(SessionOrder.compareIds(a, b))).isEqualTo(sign(referenceCompare(a, b)));
    }

    private static int referenceCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                String x = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String y = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
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

    @Provide
    Arbitrary<LocalTime> times() {
        return Arbitraries.of(LocalTime.MIDNIGHT, TIME_08_00, TIME_09_00, LocalTime.NOON);
    }

    /** Midnight stands for "no time", so that untimed sessions are generated too. */
    private static Session sessionOrUntimed(String id, LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT) ? session(id, DATE_2025_03_10) : session(id, DATE_2025_03_10, time);
    }
}
