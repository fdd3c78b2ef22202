package dev.broadsheet.interchange.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.model.Byline;
import dev.broadsheet.model.Image;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Model → ninjs → model keeps every field the mapping table in interchange/README.md says it maps. */
class NinjsRoundTripTest {

    private static final String BASE = "https://news.example/articles/";
    private static final NinjsImporter IMPORTER = NinjsImporter.builder().uriBase(BASE).build();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (NinjsVersion v : List.of(NinjsVersion.V3_1, NinjsVersion.V2_2)) {
            NinjsExporter exporter = NinjsExporter.builder().uriBase(BASE).version(v).build();
            for (Article a : Fixtures.articles()) {
                out.add(Arguments.of(v.number() + " " + a.id(), exporter, a));
            }
            for (Article a : NinjsSchemaTest.hostileArticles()) {
                out.add(Arguments.of(v.number() + " " + a.id(), exporter, a));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMappedFieldSurvivesTheRoundTrip(String name, NinjsExporter exporter, Article a) throws Exception {
        NinjsImport result = IMPORTER.read(exporter.toJson(a));
        assertThat(result.report().version()).isEqualTo(exporter.version());
        assertThat(result.report().versionDetectedBy()).startsWith("standard.version");
        assertThat(result.report().entries(NinjsReport.Kind.REJECTED)).isEmpty();
        assertThat(result.report().unmappedPaths()).as("our own export maps completely").isEmpty();
        assertThat(result.article()).as(result.report().toJson()).isPresent();
        Article b = result.article().get();
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.slug()).isEqualTo(a.slug());
        assertThat(b.headline()).isEqualTo(a.headline());
        assertThat(b.dek()).isEqualTo(a.dek());
        assertThat(b.description()).isEqualTo(a.description());
        assertThat(b.language()).isEqualTo(a.language());
        assertThat(b.canonicalUrl()).isEqualTo(a.canonicalUrl());
        assertThat(b.status()).isEqualTo(a.status());
        assertThat(b.publishedAt()).isEqualTo(a.publishedAt());
        assertThat(b.modifiedAt()).isEqualTo(a.modifiedAt());
        assertThat(b.body().html()).isEqualTo(a.body().html());
        assertThat(b.credit()).isEqualTo(a.credit());
        assertThat(b.corrections()).isEqualTo(a.corrections());
        assertThat(sections(b)).isEqualTo(sections(a));
        assertThat(tags(b)).isEqualTo(tags(a));
        assertThat(bylines(b)).isEqualTo(bylines(a));
        assertThat(b.featuredImage().isPresent()).isEqualTo(a.featuredImage().isPresent());
        if (a.featuredImage().isPresent()) {
            Image x = a.featuredImage().get();
            Image y = b.featuredImage().get();
            assertThat(y.url()).isEqualTo(x.url());
            assertThat(y.alt()).isEqualTo(x.alt());
            assertThat(y.decorative()).isEqualTo(x.decorative());
            assertThat(y.caption()).isEqualTo(x.caption());
            assertThat(y.credit()).isEqualTo(x.credit());
            assertThat(y.width()).isEqualTo(x.width());
            assertThat(y.height()).isEqualTo(x.height());
            assertThat(y.renditions()).isEqualTo(x.renditions());
        }
        // a published article stays published only when its status survives; nothing is lowered silently
        if (a.status() != ArticleStatus.DRAFT) {
            assertThat(result.report().entries(NinjsReport.Kind.CHANGED)).extracting(NinjsReport.Entry::code)
                    .doesNotContain("status.draft");
        }
    }

    private static List<String> sections(Article a) {
        List<String> out = new ArrayList<>();
        if (a.section().isPresent()) {
            for (Section s : a.section().get().path()) {
                out.add(s.name() + "|" + s.slug());
            }
        }
        return out;
    }

    private static List<String> tags(Article a) {
        List<String> out = new ArrayList<>();
        for (Tag t : a.tags()) {
            out.add(t.name() + "|" + t.slug());
        }
        return out;
    }

    private static List<String> bylines(Article a) {
        List<String> out = new ArrayList<>();
        for (Byline b : a.authors()) {
            out.add(b.person().name() + "|" + b.person().url().orElse("") + "|" + b.role());
        }
        return out;
    }
}
