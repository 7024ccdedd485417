package io.github.inamirules.rules;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rates.ParameterSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a profession's rule set speaks: its episode kinds and approval kinds, the facts it reads
 * on practitioners, episodes, prescriptions and sessions, its bands and counters, the parameters it
 * reads from rate modules, the shape of its code table, its reason codes and its texts (FR / NL / EN).
 *
 * <p>Declared once, checked everywhere it is used: the engine checks every rate-module row against it
 * when built, the scenario reader and the command line resolve profession words through it, so a typo
 * in a band, a place, a column or a parameter is an error naming file, line and column, never a silent
 * {@link io.github.inamirules.assessment.Outcome#INSUFFICIENT_DATA}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder(Profession)}.
 */
public final class Vocabulary {
    private final Profession profession;
    private final Map<String, EpisodeKind> episodeKinds;
    private final Map<String, ApprovalKind> approvalKinds;
    private final Map<FactTarget, Map<String, Fact<?>>> facts;
    private final Set<String> bands;
    private final Set<String> counters;
    private final Set<String> reasonCodes;
    private final Map<String, ParameterSpec> parameters;
    private final CodeTable codeTable;
    private final Texts texts;
    private final Map<Fact<?>, Set<EpisodeKind>> factKinds;
    private final Set<String> missingItems;
    private final Set<String> shareRules;
    private final boolean conventions;

    private Vocabulary(Builder b) {
        this.profession = b.profession;
        this.episodeKinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.episodeKinds));
        this.approvalKinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.approvalKinds));
        Map<FactTarget, Map<String, Fact<?>>> byTarget = new LinkedHashMap<>();
        b.facts.forEach((t, m) -> byTarget.put(t, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        this.facts = java.util.Collections.unmodifiableMap(byTarget);
        this.bands = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.bands));
        this.counters = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.counters));
        this.reasonCodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.reasonCodes));
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        if (b.codeTable == null) {
            throw new InvalidInputException("vocabulary of " + profession + ": a code table is required");
        }
        this.codeTable = b.codeTable;
        this.texts = b.texts;
        Map<Fact<?>, Set<EpisodeKind>> kinds = new LinkedHashMap<>();
        b.factKinds.forEach((f, k) -> kinds.put(f, Set.copyOf(k)));
        this.factKinds = java.util.Collections.unmodifiableMap(kinds);
        this.missingItems = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.missingItems));
        this.shareRules = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.shareRules));
        this.conventions = b.conventions;
    }

    /**
     * Returns the ids of the missing items the rule set reports.
     *
     * @return the item ids
     */
    public Set<String> missingItems() {
        return missingItems;
    }

    /**
     * Returns every text key the vocabulary needs for people to read its decisions: each reason code,
     * {@code band.<id>} for each band, {@code <fact>.<value>} for each value of a fact with a fixed list
     * (yes / no facts excepted), and {@code missing.<item>} for each missing item.
     *
     * @return the keys, in declared order
     */
    public Set<String> textKeys() {
        Set<String> keys = new LinkedHashSet<>(reasonCodes);
        bands.forEach(b -> keys.add("band." + b));
        for (Map<String, Fact<?>> byName : facts.values()) {
            for (Fact<?> f : byName.values()) {
                if (f.type() != Boolean.class) {
                    f.choices().keySet().forEach(v -> keys.add(f.name() + "." + v));
                }
            }
        }
        missingItems.forEach(i -> keys.add("missing." + i));
        if (!shareRules.isEmpty()) {
            shareRules.forEach(r -> keys.add("shareRule." + r));
            keys.add("preferential.true");
            keys.add("preferential.false");
            if (conventions) {
                keys.add("conventioned.true");
                keys.add("conventioned.false");
            }
            for (io.github.inamirules.rates.ProvenanceStatus st : io.github.inamirules.rates.ProvenanceStatus.values()) {
                keys.add("tariffStatus." + st.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return java.util.Collections.unmodifiableSet(keys);
    }

    /**
     * Returns the text keys that have no text in a language: the completeness check every profession
     * runs for French, Dutch and English.
     *
     * @param locale the language
     * @return the keys without text; empty when the texts are complete
     */
    public List<String> keysWithoutText(java.util.Locale locale) {
        return textKeys().stream().filter(k -> texts.text(k, locale).isEmpty()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether an episode fact may be written on an episode of a kind.
     *
     * @param fact an episode fact of this vocabulary
     * @param kind an episode kind of this vocabulary
     * @return false if the fact is declared for other kinds only
     */
    public boolean allows(Fact<?> fact, EpisodeKind kind) {
        Set<EpisodeKind> allowed = factKinds.get(fact);
        return allowed == null || allowed.contains(kind);
    }

    /**
     * Checks an episode of this profession against the vocabulary: its kind is declared, and every
     * episode fact it has is declared and allowed for its kind.
     *
     * @param episode the episode
     * @throws InvalidInputException naming the episode, the fact and the kind
     */
    public void checkEpisode(io.github.inamirules.model.Episode episode) {
        if (!episodeKinds.containsValue(episode.kind())) {
            throw InvalidInputException.of(where(episode) + ".kind", episode.kind(), "is not a kind of " + profession
                    + "; kinds: " + episodeKinds.keySet());
        }
        for (Fact<?> f : episode.facts().keys()) {
            if (fact(FactTarget.EPISODE, f.name()).filter(f::equals).isEmpty()) {
                throw InvalidInputException.of(where(episode) + ".facts." + f.name(), f, "is not a fact of " + profession);
            }
            if (!allows(f, episode.kind())) {
                throw InvalidInputException.of(where(episode) + ".facts." + f.name(), episode.facts().get(f).orElseThrow(),
                        "is a fact of " + factKinds.get(f).stream().map(EpisodeKind::id).sorted().collect(Collectors.toList())
                                + " episodes only, not of " + episode.kind().id());
            }
        }
    }

    private static String where(io.github.inamirules.model.Episode episode) {
        return "episode[" + episode.id() + "]";
    }

    /**
     * Returns a new builder.
     *
     * @param profession the profession whose vocabulary it is
     * @return a builder
     */
    public static Builder builder(Profession profession) {
        return new Builder(profession);
    }

    /**
     * Returns the profession.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the episode kinds.
     *
     * @return the kinds, by id
     */
    public Collection<EpisodeKind> episodeKinds() {
        return episodeKinds.values();
    }

    /**
     * Finds an episode kind by id.
     *
     * @param id the id, e.g. {@code "fa"}
     * @return the kind
     */
    public Optional<EpisodeKind> episodeKind(String id) {
        return Optional.ofNullable(episodeKinds.get(id));
    }

    /**
     * Returns the approval kinds.
     *
     * @return the kinds
     */
    public Collection<ApprovalKind> approvalKinds() {
        return approvalKinds.values();
    }

    /**
     * Finds an approval kind by id.
     *
     * @param id the id, e.g. {@code "fa-notification"}
     * @return the kind
     */
    public Optional<ApprovalKind> approvalKind(String id) {
        return Optional.ofNullable(approvalKinds.get(id));
    }

    /**
     * Returns the facts written on one part of the model.
     *
     * @param target the part of the model
     * @return the facts, in declared order
     */
    public Collection<Fact<?>> facts(FactTarget target) {
        return facts.getOrDefault(target, Map.of()).values();
    }

    /**
     * Finds a fact by target and name.
     *
     * @param target the part of the model
     * @param name the fact's name
     * @return the fact
     */
    public Optional<Fact<?>> fact(FactTarget target, String name) {
        return Optional.ofNullable(facts.getOrDefault(target, Map.of()).get(name));
    }

    /**
     * Returns the band ids.
     *
     * @return the bands
     */
    public Set<String> bands() {
        return bands;
    }

    /**
     * Returns the counter ids the rule set reports in entitlements.
     *
     * @return the counters
     */
    public Set<String> counters() {
        return counters;
    }

    /**
     * Returns the reason codes the rule set may give; each has a message in the three languages.
     *
     * @return the codes
     */
    public Set<String> reasonCodes() {
        return reasonCodes;
    }

    /**
     * Returns the parameters the rule set reads.
     *
     * @return the parameters, in declared order
     */
    public Collection<ParameterSpec> parameters() {
        return parameters.values();
    }

    /**
     * Returns the shape of the code table.
     *
     * @return the code table
     */
    public CodeTable codeTable() {
        return codeTable;
    }

    /**
     * Returns the texts (messages, labels) in French, Dutch and English.
     *
     * @return the texts
     */
    public Texts texts() {
        return texts;
    }

    /**
     * Builds a {@link Vocabulary}. Not thread-safe.
     */
    public static final class Builder {
        private final Profession profession;
        private final Map<String, EpisodeKind> episodeKinds = new LinkedHashMap<>();
        private final Map<String, ApprovalKind> approvalKinds = new LinkedHashMap<>();
        private final Map<FactTarget, Map<String, Fact<?>>> facts = new LinkedHashMap<>();
        private final Set<String> bands = new LinkedHashSet<>();
        private final Set<String> counters = new LinkedHashSet<>();
        private final Set<String> reasonCodes = new LinkedHashSet<>();
        private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        private CodeTable codeTable;
        private Texts texts = Texts.none();
        private final Map<Fact<?>, Set<EpisodeKind>> factKinds = new LinkedHashMap<>();
        private final Set<String> missingItems = new LinkedHashSet<>();
        private final Set<String> shareRules = new LinkedHashSet<>();
        private boolean conventions;

        private Builder(Profession profession) {
            if (profession == null) {
                throw new io.github.inamirules.NullValueException("profession");
            }
            this.profession = profession;
        }

        private void owned(Profession owner, Object what) {
            if (!owner.equals(profession)) {
                throw InvalidInputException.of("vocabulary[" + profession + "]", what, "belongs to " + owner);
            }
        }

        /**
         * Adds episode kinds.
         *
         * @param kinds the kinds, of this profession
         * @return this builder
         */
        public Builder episodeKinds(EpisodeKind... kinds) {
            for (EpisodeKind k : kinds) {
                owned(k.profession(), k);
                episodeKinds.put(k.id(), k);
            }
            return this;
        }

        /**
         * Adds episode kinds.
         *
         * @param kinds the kinds, of this profession
         * @return this builder
         */
        public Builder episodeKinds(Collection<EpisodeKind> kinds) {
            return episodeKinds(kinds.toArray(new EpisodeKind[0]));
        }

        /**
         * Adds approval kinds.
         *
         * @param kinds the kinds, of this profession
         * @return this builder
         */
        public Builder approvalKinds(Collection<ApprovalKind> kinds) {
            return approvalKinds(kinds.toArray(new ApprovalKind[0]));
        }

        /**
         * Declares the ids of the missing items the rule set reports ({@code Missing.TARIFF}…), each of
         * which needs a text {@code missing.<item>}.
         *
         * @param items the item ids
         * @return this builder
         */
        public Builder missingItems(Collection<String> items) {
            missingItems.addAll(items);
            return this;
        }

        /**
         * Adds approval kinds.
         *
         * @param kinds the kinds, of this profession
         * @return this builder
         */
        public Builder approvalKinds(ApprovalKind... kinds) {
            for (ApprovalKind k : kinds) {
                owned(k.profession(), k);
                approvalKinds.put(k.id(), k);
            }
            return this;
        }

        /**
         * Adds facts.
         *
         * @param declared the facts, of this profession
         * @return this builder
         * @throws InvalidInputException if two facts of one target share a name
         */
        public Builder facts(Fact<?>... declared) {
            for (Fact<?> f : declared) {
                owned(f.profession(), f);
                if (facts.computeIfAbsent(f.target(), t -> new LinkedHashMap<>()).putIfAbsent(f.name(), f) != null) {
                    throw InvalidInputException.of("vocabulary[" + profession + "].facts", f, "is declared twice");
                }
            }
            return this;
        }

        /**
         * Declares that an episode fact is meaningful for some kinds only (a physiotherapy polytrauma
         * is an Fa pathology): {@link Vocabulary#checkEpisode} rejects it on any other kind.
         *
         * @param fact an episode fact declared with {@link #facts}
         * @param kinds the kinds it may be written on
         * @return this builder
         */
        public Builder factOnlyFor(Fact<?> fact, EpisodeKind... kinds) {
            owned(fact.profession(), fact);
            factKinds.computeIfAbsent(fact, f -> new LinkedHashSet<>()).addAll(List.of(kinds));
            return this;
        }

        /**
         * Adds band ids.
         *
         * @param ids the bands
         * @return this builder
         */
        public Builder bands(Collection<String> ids) {
            bands.addAll(ids);
            return this;
        }

        /**
         * Adds counter ids.
         *
         * @param ids the counters
         * @return this builder
         */
        public Builder counters(Collection<String> ids) {
            counters.addAll(ids);
            return this;
        }

        /**
         * Adds reason codes.
         *
         * @param codes the codes
         * @return this builder
         */
        public Builder reasonCodes(Collection<String> codes) {
            reasonCodes.addAll(codes);
            return this;
        }

        /**
         * Declares the patient-share rules that the profession's explanations of amounts name
         * ({@link DecisionDraft#explainAmounts}); their labels ({@code shareRule.<rule>}), the labels of
         * the preferential status ({@code preferential.true} / {@code false}), of the tariff statuses
         * ({@code tariffStatus.official}…) and, with {@code conventions}, of the convention status
         * ({@code conventioned.true} / {@code false}) become text keys the bundles must have.
         *
         * @param rules the patient-share rules
         * @param withConventions whether the profession's practitioners have a convention status
         * @return this builder
         */
        public Builder shareRules(Collection<String> rules, boolean withConventions) {
            shareRules.addAll(rules);
            conventions = withConventions;
            return this;
        }

        /**
         * Adds parameters.
         *
         * @param specs the parameters
         * @return this builder
         * @throws InvalidInputException if a name is declared twice
         */
        public Builder parameters(Collection<ParameterSpec> specs) {
            for (ParameterSpec p : specs) {
                if (parameters.putIfAbsent(p.name(), p) != null) {
                    throw InvalidInputException.of("vocabulary[" + profession + "].parameters", p.name(),
                            "is declared twice");
                }
            }
            return this;
        }

        /**
         * Sets the shape of the code table.
         *
         * @param table the code table
         * @return this builder
         */
        public Builder codeTable(CodeTable table) {
            this.codeTable = table;
            return this;
        }

        /**
         * Sets the texts.
         *
         * @param profTexts the texts
         * @return this builder
         */
        public Builder texts(Texts profTexts) {
            this.texts = profTexts;
            return this;
        }

        /**
         * Builds the vocabulary.
         *
         * @return the vocabulary
         * @throws InvalidInputException if no code table was given
         */
        public Vocabulary build() {
            return new Vocabulary(this);
        }
    }

    /**
     * Returns the names of facts of a target, for error messages.
     *
     * @param target the part of the model
     * @return the names
     */
    public List<String> factNames(FactTarget target) {
        return new ArrayList<>(facts(target)).stream().map(Fact::name).collect(Collectors.toUnmodifiableList());
    }
}
