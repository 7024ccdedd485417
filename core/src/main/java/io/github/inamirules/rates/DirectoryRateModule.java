package io.github.inamirules.rates;

import io.github.inamirules.NullValueException;
import io.github.inamirules.RateDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A rate module whose files are in a folder of the file system, in the format of
 * {@link DataFileRateModule} ({@code docs/rates-format.md}): an overlay written by the command line's
 * {@code import-nomensoft}, a what-if study, a mutuality's own tables kept beside the application.
 *
 * <p>Only regular files inside the folder are read; a name that leaves the folder, or a link, is
 * refused. The files are read once, on first use; the module is then immutable and thread-safe.
 */
public final class DirectoryRateModule extends DataFileRateModule {
    private final Path folder;
    private final String id;

    private DirectoryRateModule(Path folder, String id) {
        this.folder = folder;
        this.id = id;
    }

    /**
     * Obtains the module of a folder.
     *
     * @param folder the folder holding {@code sources.psv}, {@code coverage.psv} and a folder per
     *     profession
     * @param id the module's id, used in messages and provenance locations
     * @return the module
     * @throws RateDataException if the folder does not exist
     */
    public static DirectoryRateModule of(Path folder, String id) {
        if (folder == null) {
            throw new NullValueException("folder");
        }
        if (id == null) {
            throw new NullValueException("id");
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new RateDataException(id + ": " + folder + " is not a folder of rate files");
        }
        return new DirectoryRateModule(folder.toAbsolutePath().normalize(), id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return folder.toString();
    }

    @Override
    protected @Nullable InputStream openResource(String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new RateDataException(id + ":" + name + ": cannot be read: " + e.getMessage());
        }
    }
}
