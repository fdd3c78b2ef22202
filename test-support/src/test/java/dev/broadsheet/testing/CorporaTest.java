package dev.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorporaTest {

    @Test
    void theXssCorpusHasAll149VectorsWithUniqueIds() {
        assertThat(XssVectors.all()).hasSize(149);
        Set<String> ids = XssVectors.all().stream().map(XssVectors.Vector::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(149).contains("h5sc-001", "h5sc-149");
        assertThat(XssVectors.all()).allSatisfy(v -> assertThat(v.payload()).isNotBlank());
    }

    @Test
    void tenRawVectorsAreKnownToExecuteInChromium() {
        assertThat(XssVectors.executedInChromium()).hasSize(10)
                .extracting(XssVectors.Vector::id).contains("h5sc-140", "h5sc-147");
    }

    @Test
    void triggersAreKeptWhereTheCorpusHasThem() {
        XssVectors.Vector first = XssVectors.all().get(0);
        assertThat(first.trigger()).contains("document.getElementsByTagName(\"button\")[0].click()");
        assertThat(XssVectors.all().stream().filter(v -> v.trigger().isPresent()).count()).isEqualTo(22);
    }

    @Test
    void theSchemaOrgVocabularyKnowsNewsTypesAndTheirProperties() {
        SchemaOrg.Vocabulary vocab = SchemaOrg.vocabulary();

        assertThat(vocab.types().size()).as("schema.org types (the other classes are external terms)").isEqualTo(933);
        assertThat(vocab.types().keySet()).contains("NewsArticle", "Person", "Text");
        assertThat(vocab.properties().size()).isEqualTo(1521);
        assertThat(vocab.isA("NewsArticle", "CreativeWork")).isTrue();
        assertThat(vocab.isA("Person", "CreativeWork")).isFalse();
        assertThat(vocab.allows("NewsArticle", "headline")).isTrue();
        assertThat(vocab.allows("Person", "headline")).isFalse();
        assertThat(vocab.types().get("NewsMediaOrganization").pending()).isTrue();
        assertThat(vocab.properties().get("author").rangeIncludes()).containsExactlyInAnyOrder("Organization", "Person");
    }

    @Test
    void theRawVocabularyFilesAreShipped() throws IOException {
        for (String file : new String[] {SchemaOrg.JSONLD, SchemaOrg.TYPES_CSV, SchemaOrg.PROPERTIES_CSV}) {
            try (InputStream in = SchemaOrg.open(file)) {
                assertThat(in.readNBytes(4)).hasSize(4);
            }
        }
    }
}
