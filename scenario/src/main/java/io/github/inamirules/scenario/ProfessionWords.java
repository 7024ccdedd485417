package io.github.inamirules.scenario;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The professions' words a scenario file may use: the vocabularies of the rule sets installed (or
 * given), through which every profession key is resolved. Package-private; immutable and thread-safe.
 */
final class ProfessionWords {
    /**
     * Format 1 predates the other professions: a practitioner without {@code profession} is a
     * physiotherapist. A fact of the file format, kept so that format-1 files read unchanged.
     */
    static final String FORMAT_1_DEFAULT_PROFESSION = "physiotherapy";

    private final Map<Profession, Vocabulary> vocabularies;

    ProfessionWords(Collection<Vocabulary> vocabularies) {
        Map<Profession, Vocabulary> map = new LinkedHashMap<>();
        vocabularies.forEach(v -> map.put(v.profession(), v));
        this.vocabularies = java.util.Collections.unmodifiableMap(map);
    }

    /** The vocabularies of the rule sets found with {@link ServiceLoader}. */
    static ProfessionWords installed() {
        List<Vocabulary> found = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ServiceLoader.load(RuleSet.class, context != null ? context : ProfessionWords.class.getClassLoader())
                .forEach(r -> found.add(r.vocabulary()));
        return new ProfessionWords(found);
    }

    Vocabulary vocabulary(Profession p, YamlNode at, String field) {
        Vocabulary v = vocabularies.get(p);
        if (v == null) {
            throw at.error(field + ": no installed rule set for profession '" + p + "'; installed: "
                    + vocabularies.keySet());
        }
        return v;
    }

    Profession profession(YamlNode node, String field, String text) {
        Profession p;
        try {
            p = Profession.of(text);
        } catch (InvalidInputException e) {
            throw node.error(field + ": expected a profession id such as " + ids() + ", found '" + text + "'");
        }
        vocabulary(p, node, field);
        return p;
    }

    private String ids() {
        return vocabularies.isEmpty() ? "physiotherapy" : vocabularies.keySet().stream().map(Profession::id)
                .collect(Collectors.joining(", "));
    }

    /** An episode kind by id: in the profession given, or in the one installed profession that has it. */
    EpisodeKind episodeKind(YamlNode node, String field, String id, Profession given) {
        if (given != null) {
            return vocabulary(given, node, field).episodeKind(id).orElseThrow(() -> node.error(field
                    + ": expected one of " + kindIds(vocabularies.get(given).episodeKinds()) + ", found '" + id + "'"));
        }
        List<EpisodeKind> found = vocabularies.values().stream().flatMap(v -> v.episodeKind(id).stream())
                .collect(Collectors.toList());
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw node.error(field + ": expected one of " + vocabularies.values().stream()
                    .map(v -> kindIds(v.episodeKinds())).collect(Collectors.joining(", ")) + ", found '" + id + "'");
        }
        throw node.error(field + ": '" + id + "' is a kind of several professions " + found
                + "; say which with 'profession:'");
    }

    ApprovalKind approvalKind(YamlNode node, String field, String id, Profession p) {
        Vocabulary v = vocabulary(p, node, field);
        return v.approvalKind(id).orElseThrow(() -> node.error(field + ": expected one of "
                + kindIds(v.approvalKinds()) + ", found '" + id + "'"));
    }

    private static String kindIds(Collection<? extends io.github.inamirules.model.Term> kinds) {
        return kinds.stream().map(io.github.inamirules.model.Term::id).collect(Collectors.joining(", "));
    }

    /**
     * Reads the keys of a mapping that are facts of a profession on a part of the model, and marks
     * them read; keys that are neither read before nor facts are left for {@link MapReader#done()}.
     */
    Facts facts(MapReader m, Profession p, FactTarget target) {
        Vocabulary v = vocabularies.get(p);
        if (v == null) {
            throw new ScenarioException(m.location(), m.what() + ": no installed rule set for profession '" + p
                    + "'; installed: " + vocabularies.keySet());
        }
        Facts.Builder b = Facts.builder();
        for (String key : m.unreadKeys()) {
            Fact<?> fact = v.fact(target, key).orElse(null);
            if (fact != null) {
                put(b, fact, m, key);
            }
        }
        v.facts(target).forEach(f -> m.allow(f.name()));
        return b.build();
    }

    private static <T> void put(Facts.Builder b, Fact<T> fact, MapReader m, String key) {
        YamlNode node = m.node(key);
        String text = MapReader.scalar(node, m.what() + "." + key, fact.expected()).text;
        try {
            b.put(fact, fact.parse(text));
        } catch (InvalidInputException e) {
            throw node.error(m.what() + "." + key + ": expected " + fact.expected() + ", found '" + text + "'");
        }
    }
}
