package io.github.inamirules.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A real headless Chromium (Debian package {@code chromium}, which {@code .ci/run} installs) that opens
 * a page from a file, offline: it takes a screenshot or prints the DOM as rendered. Each run gets a new
 * profile folder, and no network service of the browser is started.
 */
final class HeadlessChromium {
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    /** A browser that has not finished by then is stuck, not slow: the test fails rather than hangs. */
    private static final long PATIENCE_SECONDS = 180;

    private final Path binary;
    private final Path work;

    private HeadlessChromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /**
     * The installed browser: the system property {@code inami.chromium} if set (a path; one that does
     * not exist means "no browser"), else {@code /usr/bin/chromium} or a {@code chromium} on the PATH.
     */
    static Optional<HeadlessChromium> find(Path work) {
        String chosen = System.getProperty("inami.chromium");
        if (chosen != null) {
            return Optional.of(Path.of(chosen)).filter(Files::isExecutable).map(b -> new HeadlessChromium(b, work));
        }
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "chromium"));
        return Stream.concat(Stream.of(Path.of("/usr/bin/chromium")), onPath).filter(Files::isExecutable).findFirst()
                .map(binary -> new HeadlessChromium(binary, work));
    }

    /** Opens the page in a window of {@link #WIDTH} × {@link #HEIGHT} and returns the screenshot. */
    BufferedImage screenshot(Path page) throws IOException, InterruptedException {
        Path png = Files.createTempFile(work, "screenshot-", ".png");
        Files.delete(png);
        run(page, "--screenshot=" + png);
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("chromium wrote no screenshot " + png);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new AssertionError("the screenshot is not a PNG image: " + png);
        }
        return image;
    }

    /** Opens the page and returns its DOM as rendered, serialised as HTML. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    private String run(Path page, String action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        Path out = Files.createTempFile(work, "chromium-", ".out");
        Path err = Files.createTempFile(work, "chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--force-device-scale-factor=1", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, action));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("chromium did not finish within " + PATIENCE_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
