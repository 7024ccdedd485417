package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rules.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The storytelling vocabulary: kinds, approval kind, facts, bands, counters, parameters, the code
 * table keyed {@code band | setting}, reason codes and the FR / NL / EN texts. Package-private;
 * {@link StorytellingRuleSet#vocabulary()} publishes it.
 */
final class StorytellingVocabulary {
    /** The texts, from this module's own bundles (they stay encapsulated on the module path). */
    static final Texts TEXTS = Texts.ofBundles(locale -> ResourceBundle.getBundle(
            "io.github.inamirules.examples.storytelling.messages", locale, StorytellingVocabulary.class.getModule()));

    /** Every reason code the rule set gives. */
    static final List<String> REASON_CODES = List.of("STORY_PRESCRIPTION_MISSING", "STORY_SESSION_BEFORE_PRESCRIPTION",
            "STORY_SAGA_APPROVAL_MISSING", "STORY_SAGA_APPROVED", "STORY_BEYOND_FIRST_BAND", "STORY_YEARLY_MAX_REACHED",
            "STORY_CODE_UNKNOWN", "STORY_TARIFF_UNKNOWN", "STORY_TARIFF_DERIVED", "STORY_FIGURE_UNKNOWN");

    /** The items a decision may report as missing, each with a {@code missing.<item>} text. */
    static final List<String> MISSING_ITEMS = List.of("NOMENCLATURE_CODE", "TARIFF", "PARAMETER");

    static final Vocabulary VOCABULARY = Vocabulary.builder(Storytelling.PROFESSION)
            .episodeKinds(StoryKind.ALL.toArray(new EpisodeKind[0]))
            .approvalKinds(Storytelling.SAGA_APPROVAL)
            .facts(StorytellingFacts.SETTING, StorytellingFacts.EPIC)
            .factOnlyFor(StorytellingFacts.EPIC, StoryKind.SAGA)
            .bands(StoryBands.ALL)
            .counters(StoryCounters.ALL)
            .reasonCodes(REASON_CODES)
            .parameters(StoryParameters.all())
            .codeTable(CodeTable.of(List.of(CodeTable.Column.of("band", StoryBands.ALL),
                    CodeTable.Column.of("setting", settingIds()))))
            .texts(TEXTS)
            .build();

    private StorytellingVocabulary() {
    }

    private static List<String> settingIds() {
        List<String> ids = new ArrayList<>();
        for (Setting s : Setting.values()) {
            ids.add(s.id());
        }
        return ids;
    }
}
