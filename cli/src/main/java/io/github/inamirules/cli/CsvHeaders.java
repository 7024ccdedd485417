package io.github.inamirules.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The labels of the CSV columns in French, Dutch and English, the words a Belgian billing office uses
 * (ticket modérateur / remgeld for the patient share, intervention / tegemoetkoming for the
 * insurance).
 */
final class CsvHeaders {
    /**
     * One column's labels.
     *
     * @param id the column's identifier, the {@code --machine} header
     * @param fr the French label
     * @param nl the Dutch label
     * @param en the English label
     */
    private record Labels(String id, String fr, String nl, String en) {
    }

    private static final Map<String, Labels> LABELS = List.of(
            new Labels("file", "Fichier", "Bestand", "File"),
            new Labels("scenario", "Scénario", "Scenario", "Scenario"),
            new Labels("patientId", "Patient", "Patiënt", "Patient"),
            new Labels("sessionId", "Séance", "Zitting", "Session"),
            new Labels("date", "Date", "Datum", "Date"),
            new Labels("profession", "Profession", "Beroep", "Profession"),
            new Labels("episodeId", "Épisode", "Episode", "Episode"),
            new Labels("outcome", "Décision", "Beslissing", "Outcome"),
            new Labels("band", "Tranche (code)", "Schijf (code)", "Band (code)"),
            new Labels("bandLabel", "Tranche", "Schijf", "Band"),
            new Labels("rank", "Rang", "Rang", "Rank"),
            new Labels("nomenclatureCode", "Code de nomenclature", "Nomenclatuurcode", "Nomenclature code"),
            new Labels("fee", "Honoraire", "Honorarium", "Fee"),
            new Labels("insurance", "Intervention de l'assurance", "Tegemoetkoming van de verzekering", "Insurance"),
            new Labels("patientShare", "Ticket modérateur", "Remgeld", "Patient share"),
            new Labels("supplement", "Supplément", "Supplement", "Supplement"),
            new Labels("patientTotal", "Total patient", "Totaal patiënt", "Patient total"),
            new Labels("refusalCode", "Code de refus", "Weigeringscode", "Refusal code"),
            new Labels("usedUpBy", "Épuisé par la séance", "Opgebruikt door zitting", "Used up by session"),
            new Labels("reasonCodes", "Codes des motifs", "Codes van de redenen", "Reason codes"),
            new Labels("reasons", "Motifs", "Redenen", "Reasons"),
            new Labels("missing", "Données manquantes", "Ontbrekende gegevens", "Missing"),
            new Labels("tariffStatus", "Statut du tarif", "Status van het tarief", "Tariff status"))
            .stream().collect(Collectors.toUnmodifiableMap(Labels::id, Function.identity()));

    private CsvHeaders() {
    }

    /**
     * Returns a column's label in a language: French, Dutch, or English for any other.
     *
     * @throws IllegalStateException if the column has no labels (a column added without its labels)
     */
    static String label(String column, Locale locale) {
        Labels labels = LABELS.get(column);
        if (labels == null) {
            throw new IllegalStateException("CSV column without labels: " + column);
        }
        return switch (locale.getLanguage()) {
            case "fr" -> labels.fr();
            case "nl" -> labels.nl();
            default -> labels.en();
        };
    }
}
