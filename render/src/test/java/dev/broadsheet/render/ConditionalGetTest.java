package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.Correction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private final List<Article> items = List.of(Fixtures.foreignAffairs(), Fixtures.breakingNews());

    @Test
    void theSameItemsGiveTheSameTagAndAnyChangeAnother() {
        ConditionalGet v = ConditionalGet.of("rss home", items);
        assertThat(ConditionalGet.of("rss home", items).etag()).isEqualTo(v.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(ConditionalGet.of("atom home", items).etag()).isNotEqualTo(v.etag());
        assertThat(ConditionalGet.of("rss home", List.of(items.get(1), items.get(0))).etag()).isNotEqualTo(v.etag());
        Article corrected = items.get(0).toBuilder().addCorrection(Correction.of(Fixtures.NOW, "A fix.")).build();
        ConditionalGet after = ConditionalGet.of("rss home", List.of(corrected, items.get(1)));
        assertThat(after.etag()).isNotEqualTo(v.etag());
        assertThat(after.lastModified()).contains(Fixtures.NOW);
        Article retitled = items.get(0).toBuilder().headline("A new headline").build();
        assertThat(ConditionalGet.of("rss home", List.of(retitled, items.get(1))).etag()).isNotEqualTo(v.etag());
    }

    @Test
    void ifNoneMatchDecidesAloneAndComparesWeakly() {
        ConditionalGet v = ConditionalGet.of("rss home", items);
        assertThat(v.notModified(v.etag(), null)).isTrue();
        assertThat(v.notModified("\"other\", W/" + v.etag(), null)).isTrue();
        assertThat(v.notModified("*", null)).isTrue();
        assertThat(v.notModified("\"other\"", v.lastModifiedHeader().orElseThrow())).isFalse();
        assertThat(v.notModified(null, null)).isFalse();
    }

    @Test
    void ifModifiedSinceComparesToTheNewestUpdate() {
        ConditionalGet v = ConditionalGet.of("rss home", items);
        String at = v.lastModifiedHeader().orElseThrow();
        assertThat(v.notModified(null, at)).isTrue();
        assertThat(v.notModified(null, "Thu, 01 Jan 2026 00:00:00 GMT")).isFalse();
        assertThat(v.notModified(null, "not a date")).isFalse();
        assertThat(ConditionalGet.of("empty", List.of()).notModified(null, at)).isFalse();
    }

    @Test
    void unpublishedArticlesAreRefusedByName() {
        assertThatThrownBy(() -> ConditionalGet.of("x", List.of(Fixtures.draft())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Fixtures.draft().id());
    }
}
