package io.github.inamirules.examples.storytelling;

import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts storytelling therapy adds to the kernel's model (fictional). Their names are the keys of
 * scenario files: {@code setting:} on a session, {@code epic:} on a saga.
 */
public final class StorytellingFacts {
    /** Where the story was told; {@link Setting#LIBRARY} when absent (fictional rule ST-04). */
    public static final Fact<Setting> SETTING = Fact.choice(Storytelling.PROFESSION, FactTarget.SESSION, "setting",
            "where the story was told", Setting.class, byId());
    /** Whether a saga is an epic one, with the epic yearly maximum (fictional rule ST-03); sagas only. */
    public static final Fact<Boolean> EPIC = Fact.flag(Storytelling.PROFESSION, FactTarget.EPISODE, "epic",
            "a saga told as an epic, with a higher yearly maximum");

    private StorytellingFacts() {
    }

    private static Map<String, Setting> byId() {
        Map<String, Setting> m = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            m.put(s.id(), s);
        }
        return m;
    }
}
