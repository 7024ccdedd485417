package io.github.inamirules.benchmarks;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated 2025 batch of physiotherapy sessions as flat rows, the workload of issue 11: about 47
 * sessions per patient, 1–5 pathologies per patient, each a courante (44 %), Fb (34 %) or E (22 %)
 * pathology by share of sessions, some same-day repeats, in random row order. Deterministic for a seed.
 *
 * <p>Rows are columns of arrays (patient, pathology, situation, day, session id), as a table read from
 * a file would be; {@link #histories()} turns them into care histories the way a user's loader would,
 * and the hand-written {@link Baseline} reads the arrays.
 */
public final class BatchWorkload {
    /** Situation codes of the rows. */
    static final byte COURANTE = 0;
    /** Fb (list Fb, long-term pathologies). */
    static final byte FB = 1;
    /** E (list E, heavy pathologies). */
    static final byte E = 2;

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final EpisodeKind[] KINDS = {Situation.COURANTE, Situation.FB, Situation.E};
    private static final ApprovalKind[] APPROVALS = {null, Physiotherapy.FB_NOTIFICATION, Physiotherapy.E_AGREEMENT};

    final int size;
    final int patients;
    /** Per row: the patient index. */
    final int[] patient;
    /** Per row: the pathology index within its patient. */
    final byte[] pathology;
    /** Per row: the pathology's situation code. */
    final byte[] situation;
    /** Per row: the day of 2025, from 0. */
    final short[] day;
    /** Per row: the session id (unique in the batch; its number sorts as the id does). */
    final int[] sessionNumber;
    final String[] sessionId;
    /** Per patient: the situations of its pathologies. */
    final byte[][] pathologies;
    /** Per patient and pathology: the first day of its sessions. */
    final short[][] firstDay;
    final String[] patientId;

    /**
     * Generates a batch of patients with 20 to 74 sessions each (47 on average).
     *
     * @param sessions the number of rows
     * @param seed the seed
     */
    public BatchWorkload(int sessions, long seed) {
        this(sessions, 0, seed);
    }

    /**
     * Generates a batch.
     *
     * @param sessions the number of rows
     * @param perPatient the sessions of each patient, or 0 for 20 to 74 (47 on average)
     * @param seed the seed
     */
    public BatchWorkload(int sessions, int perPatient, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> counts = new ArrayList<>();
        int rows = 0;
        while (rows < sessions) {
            int n = Math.min(sessions - rows, perPatient > 0 ? perPatient : 20 + random.nextInt(55));
            counts.add(new int[] {n});
            rows += n;
        }
        size = sessions;
        patients = counts.size();
        patient = new int[size];
        pathology = new byte[size];
        situation = new byte[size];
        day = new short[size];
        sessionNumber = new int[size];
        sessionId = new String[size];
        pathologies = new byte[patients][];
        firstDay = new short[patients][];
        patientId = new String[patients];
        int row = 0;
        for (int p = 0; p < patients; p++) {
            patientId[p] = "p" + p;
            int count = 1 + random.nextInt(5);
            pathologies[p] = new byte[count];
            firstDay[p] = new short[count];
            short[] lastDay = new short[count];
            for (int k = 0; k < count; k++) {
                double x = random.nextDouble();
                pathologies[p][k] = x < 0.44 ? COURANTE : x < 0.78 ? FB : E;
                firstDay[p][k] = (short) random.nextInt(300);
                lastDay[k] = -1;
            }
            for (int i = 0; i < counts.get(p)[0]; i++, row++) {
                int k = random.nextInt(count);
                short d;
                if (lastDay[k] >= 0 && random.nextInt(20) == 0) {
                    d = lastDay[k];                                        // a same-day repeat
                } else {
                    d = (short) Math.min(364, firstDay[p][k] + random.nextInt(365 - firstDay[p][k]));
                }
                lastDay[k] = d;
                patient[row] = p;
                pathology[row] = (byte) k;
                situation[row] = pathologies[p][k];
                day[row] = d;
            }
        }
        for (short[] days : firstDay) {                                    // the prescription's day:
            java.util.Arrays.fill(days, Short.MAX_VALUE);                  // its first session's
        }
        for (int i = 0; i < size; i++) {
            firstDay[patient[i]][pathology[i]] = (short) Math.min(firstDay[patient[i]][pathology[i]], day[i]);
        }
        for (int i = size - 1; i > 0; i--) {                               // random row order
            int j = random.nextInt(i + 1);
            swap(i, j);
        }
        for (int i = 0; i < size; i++) {
            sessionNumber[i] = i;
            sessionId[i] = "s" + i;
        }
    }

    private void swap(int i, int j) {
        int p = patient[i];
        patient[i] = patient[j];
        patient[j] = p;
        byte b = pathology[i];
        pathology[i] = pathology[j];
        pathology[j] = b;
        b = situation[i];
        situation[i] = situation[j];
        situation[j] = b;
        short d = day[i];
        day[i] = day[j];
        day[j] = d;
    }

    /**
     * Returns the share of rows of a situation.
     *
     * @param code {@link #COURANTE}, {@link #FB} or {@link #E}
     * @return the share, from 0 to 1
     */
    double share(byte code) {
        int n = 0;
        for (byte s : situation) {
            if (s == code) {
                n++;
            }
        }
        return (double) n / size;
    }

    /**
     * Groups the rows per patient (row indexes in a {@code HashMap}, as a loader would) and builds one
     * care history per patient: a conventioned physiotherapist, an episode and a prescription per
     * pathology (dated its first session's day), an Fb notification or E agreement from that day.
     *
     * @return the histories, in order of first appearance
     */
    public List<CareHistory> histories() {
        Map<Integer, List<Integer>> rowsByPatient = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Integer> rows = rowsByPatient.get(patient[i]);
            if (rows == null) {
                rows = new ArrayList<>();
                rowsByPatient.put(patient[i], rows);
                order.add(patient[i]);
            }
            rows.add(i);
        }
        List<CareHistory> out = new ArrayList<>(order.size());
        for (int p : order) {
            out.add(history(p, rowsByPatient.get(p)));
        }
        return out;
    }

    private CareHistory history(int p, List<Integer> rows) {
        ImmutableCareHistory.Builder b = CareHistory.builder().patient(Patient.builder().id(patientId[p]).build())
                .addPractitioners(PRACTITIONER);
        for (int k = 0; k < pathologies[p].length; k++) {
            String episode = EPISODES[k];
            LocalDate start = JAN_1.plusDays(Math.min(firstDay[p][k], 364));   // a pathology without sessions: any day
            b.addEpisodes(Physiotherapy.episode(episode, KINDS[pathologies[p][k]]));
            b.addPrescriptions(Prescription.builder().id(PRESCRIPTIONS[k]).date(start).episodeId(episode).build());
            ApprovalKind approval = APPROVALS[pathologies[p][k]];
            if (approval != null) {
                b.addApprovals(Approval.builder().id(APPROVAL_IDS[k]).episodeId(episode).kind(approval)
                        .period(DateRange.startingFrom(start)).build());
            }
        }
        for (int i : rows) {
            int k = pathology[i];
            b.addSessions(Session.builder().id(sessionId[i]).date(DAYS[day[i]]).practitionerId("kine")
                    .episodeId(EPISODES[k]).prescriptionId(PRESCRIPTIONS[k]).build());
        }
        return b.build();
    }

    private static final Practitioner PRACTITIONER = Practitioner.builder().id("kine")
            .profession(Physiotherapy.PROFESSION).addConventionPeriods(DateRange.ofYear(2025)).build();
    private static final String[] EPISODES = {"path-0", "path-1", "path-2", "path-3", "path-4"};
    private static final String[] PRESCRIPTIONS = {"rx-0", "rx-1", "rx-2", "rx-3", "rx-4"};
    private static final String[] APPROVAL_IDS = {"ok-0", "ok-1", "ok-2", "ok-3", "ok-4"};
    private static final LocalDate[] DAYS = new LocalDate[365];

    static {
        for (int d = 0; d < DAYS.length; d++) {
            DAYS[d] = JAN_1.plusDays(d);
        }
    }
}
