package dev.broadsheet.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** This example stands for a downstream project: it may use what Broadsheet's modules export, and nothing else. */
class PublicApiOnlyTest {

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.broadsheet\\.[a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void theExampleImportsOnlyPackagesThatBroadsheetExports() throws IOException, URISyntaxException {
        Set<String> exported = new HashSet<>();
        for (Class<?> anchor : List.of(Fixtures.class, HtmlRenderer.class)) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
            for (ModuleDescriptor.Exports e : module.descriptor().exports()) {
                if (!e.isQualified()) {
                    exported.add(e.source());
                }
            }
        }
        assertThat(exported).contains("dev.broadsheet.fixtures", "dev.broadsheet.render.html")
                .noneMatch(p -> p.contains(".internal"));
        Set<String> imported = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).startsWith("dev.broadsheet.examples")) {
                        imported.add(m.group(1));
                    }
                }
            }
        }
        assertThat(imported).isNotEmpty();
        assertThat(exported).containsAll(imported);
    }
}
