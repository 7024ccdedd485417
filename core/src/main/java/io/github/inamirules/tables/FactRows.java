package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rules.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of the facts table of one patient, by the part of the model they are written on and the id
 * of their owner; each owner takes its rows once, and rows no owner takes are an error. Package-private;
 * not thread-safe.
 */
final class FactRows {
    private final Map<FactTarget, Map<String, List<RowReader>>> byOwner = new EnumMap<>(FactTarget.class);
    private final Map<Profession, Vocabulary> vocabularies;

    FactRows(List<RowReader> rows, Map<Profession, Vocabulary> vocabularies) {
        this.vocabularies = vocabularies;
        for (RowReader r : rows) {
            byOwner.computeIfAbsent(target(r), t -> new LinkedHashMap<>())
                    .computeIfAbsent(r.requiredText("ownerId"), o -> new ArrayList<>()).add(r);
        }
    }

    static String targetName(FactTarget target) {
        return target.name().toLowerCase(Locale.ROOT);
    }

    private static FactTarget target(RowReader r) {
        String text = r.requiredText("target");
        for (FactTarget t : FactTarget.values()) {
            if (targetName(t).equals(text)) {
                return t;
            }
        }
        throw r.error("target", text, "expected practitioner, episode, prescription or session");
    }

    /** The facts of one owner, which takes its rows. */
    Facts of(FactTarget target, String ownerId, Profession profession) {
        Map<String, List<RowReader>> owners = byOwner.get(target);
        List<RowReader> rows = owners == null ? null : owners.remove(ownerId);
        if (rows == null) {
            return Facts.empty();
        }
        Vocabulary v = vocabularies.get(profession);
        Facts.Builder b = Facts.builder();
        Map<String, RowReader> names = new HashMap<>();
        for (RowReader r : rows) {
            String name = r.requiredText("name");
            Fact<?> fact = v.fact(target, name).orElseThrow(() -> r.error("name", name, "is not a fact of a "
                    + targetName(target) + " of " + profession + "; expected one of " + v.factNames(target)));
            RowReader before = names.putIfAbsent(name, r);
            if (before != null) {
                throw r.error("name", name, "is given twice for " + targetName(target) + " " + ownerId
                        + ", also in row " + before.row().number());
            }
            put(b, fact, r);
        }
        return b.build();
    }

    private static <T> void put(Facts.Builder b, Fact<T> fact, RowReader r) {
        String text = r.requiredText("value");
        T value;
        try {
            value = fact.parse(text);
        } catch (InvalidInputException e) {
            throw r.error("value", text, "expected " + fact.expected() + " for fact " + fact.name());
        }
        b.put(fact, value);
    }

    /** Fails on the first row whose owner is not in its table. */
    void checkAllUsed() {
        byOwner.forEach((target, owners) -> owners.forEach((owner, rows) -> {
            throw rows.get(0).error("ownerId", owner, "refers to no row of table " + targetName(target) + "s");
        }));
    }
}
