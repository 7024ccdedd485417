package io.github.inamirules.physiotherapy;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A shipped rate module's data with some texts replaced, as a reviewer's typo or a what-if change of
 * the data would make them: the same files, read through the same format.
 */
final class EditedRates extends DataFileRateModule {
    private final Class<?> owner;
    private final String id;
    private final Map<String, String> replacements;

    private EditedRates(Class<?> owner, String id, Map<String, String> replacements) {
        this.owner = owner;
        this.id = id;
        this.replacements = replacements;
    }

    /**
     * Returns the data of the module whose class is {@code owner}, with one text replaced by another in
     * every file.
     */
    static EditedRates of(Class<? extends DataFileRateModule> owner, String id, String... fromTo) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fromTo.length; i += 2) {
            map.put(fromTo[i], fromTo[i + 1]);
        }
        return new EditedRates(owner, id, map);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    protected InputStream openResource(String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                text = text.replace(r.getKey(), r.getValue());
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
