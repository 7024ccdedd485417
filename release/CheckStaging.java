import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staging repository made by release/verify-release.sh: for every published artifact, the
 * POM has the metadata the Central Portal requires, and each jar comes with sources, javadoc, a real
 * module descriptor and a signature file. Run as {@code java CheckStaging.java STAGING ARTIFACT...}
 * (ARTIFACT as {@code name:packaging}); prints one line per check and exits 1 on any failure.
 */
public final class CheckStaging {
    private static final List<String> REQUIRED = List.of("name", "description", "url", "licenses", "developers", "scm");
    private static int failures;

    public static void main(String[] args) throws Exception {
        Path staging = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":");
            check(staging.resolve("io/github/inamirules/" + parts[0]), parts[0], parts[1]);
        }
        System.out.println(failures == 0 ? "staging: all checks passed" : "staging: " + failures + " checks failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void check(Path dir, String artifact, String packaging) throws Exception {
        Path versionDir;
        try (Stream<Path> s = Files.list(dir)) {
            versionDir = s.filter(Files::isDirectory).findFirst().orElseThrow();
        } catch (Exception e) {
            fail(artifact + ": not staged under " + dir);
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(versionDir)) {
            files = s.collect(Collectors.toList());
        }
        Path pom = single(files, artifact, ".pom");
        if (pom != null) {
            checkPom(artifact, pom);
        }
        if (packaging.equals("jar")) {
            Path jar = single(files, artifact, ".jar", "-sources.jar", "-javadoc.jar");
            single(files, artifact, "-sources.jar");
            single(files, artifact, "-javadoc.jar");
            if (jar != null) {
                checkModule(artifact, jar);
            }
        }
        for (Path f : files) {
            String n = f.getFileName().toString();
            if ((n.endsWith(".jar") || n.endsWith(".pom")) && !files.contains(f.resolveSibling(n + ".asc"))) {
                fail(artifact + ": " + n + " has no .asc signature");
            }
        }
        ok(artifact + ": " + files.stream().map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("maven-metadata"))
                .sorted().collect(Collectors.joining(" ")));
    }

    private static Path single(List<Path> files, String artifact, String suffix, String... not) {
        List<Path> found = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString();
            if (n.startsWith(artifact + "-") && n.endsWith(suffix) && Stream.of(not).noneMatch(n::endsWith)) {
                found.add(f);
            }
        }
        if (found.size() != 1) {
            fail(artifact + ": expected one *" + suffix + ", found " + found);
            return null;
        }
        return found.get(0);
    }

    private static void checkPom(String artifact, Path pom) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());
        Element project = doc.getDocumentElement();
        for (String element : REQUIRED) {
            Element e = child(project, element);
            if (e == null || e.getTextContent().isBlank()) {
                fail(artifact + ": POM lacks <" + element + ">");
            }
        }
        Element licenses = child(project, "licenses");
        if (licenses != null && !licenses.getTextContent().contains("Apache-2.0")) {
            fail(artifact + ": license is not Apache-2.0");
        }
        // ${project.version} is allowed: an imported BOM is interpolated in its own context.
        if (project.getTextContent().replace("${project.version}", "").contains("${")) {
            fail(artifact + ": POM has unresolved ${...} expressions");
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }

    private static void checkModule(String artifact, Path jar) {
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        if (found.size() != 1) {
            fail(artifact + ": no module in " + jar.getFileName());
            return;
        }
        ModuleDescriptor d = found.iterator().next().descriptor();
        if (d.isAutomatic()) {
            fail(artifact + ": " + jar.getFileName() + " has no module-info (automatic module " + d.name() + ")");
        } else {
            ok(artifact + ": module " + d.name() + " exports " + d.exports().size() + " packages, provides "
                    + d.provides().stream().map(p -> p.service()).collect(Collectors.toList()));
        }
    }

    private static void ok(String line) {
        System.out.println("  ok   " + line);
    }

    private static void fail(String line) {
        failures++;
        System.out.println("  FAIL " + line);
    }

    private CheckStaging() {
    }
}
