package dev.broadsheet.model;

import static dev.broadsheet.model.Rules.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void aPersonNeedsOnlyAName() {
        Person p = Person.of("Ann Writer");
        assertThat(p.slug()).isEqualTo("ann-writer");
        assertThat(p.sameAs()).isEmpty();
    }

    @Test
    void aBioIsAtMost250Characters() {
        assertThat(Person.builder().name("A").bio("b".repeat(250)).build().bio()).isPresent();
        assertThat(violations(() -> Person.builder().name("A").bio("b".repeat(251)).build()))
                .containsExactly("/bio too_long");
    }

    @Test
    void namesRejectBidiControlsAndInvisibleCharacters() {
        assertThat(violations(() -> Person.of("Ann\u202EWriter"))).containsExactly("/name text.bidi_control");
        assertThat(violations(() -> Person.of("Ann\u2060Writer"))).containsExactly("/name text.invisible");
    }

    @Test
    void namesKeepJoinersThatScriptsNeed() {
        assertThat(Person.builder().name("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645").slug("persian").build()
                .name()).contains("\u200c");
    }

    @Test
    void profileLinksAreAbsoluteHttpAndDistinct() {
        assertThat(violations(() -> Person.builder().name("A").url("javascript:alert(1)")
                .sameAs(List.of("https://a.example/x", "https://a.example/x", "mailto:a@b.example")).build()))
                .containsExactly("/url url.scheme", "/sameAs/1 duplicate", "/sameAs/2 url.scheme");
    }

    @Test
    void aPersonHasAtMostTwentyProfileLinks() {
        List<String> links = new ArrayList<>();
        for (int i = 0; i <= Person.MAX_SAME_AS; i++) {
            links.add("https://social.example/" + i);
        }
        assertThat(violations(() -> Person.builder().name("A").sameAs(links).build())).containsExactly("/sameAs too_many");
    }

    @Test
    void toBuilderRoundTrips() {
        Person p = Samples.reporter();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void creditsAndCorrectionsAreChecked() {
        assertThat(Credit.of("Turan", null, "WASHINGTON").dateline()).hasValue("WASHINGTON");
        assertThat(violations(() -> Credit.of(null, "ftp://x.example", "d".repeat(101))))
                .containsExactly("/source required", "/url url.scheme", "/dateline too_long");
        assertThat(violations(() -> Correction.of(null, " "))).containsExactly("/at required", "/note required");
        assertThat(violations(() -> Correction.of(Samples.PUBLISHED, "n".repeat(1001)))).containsExactly("/note too_long");
    }
}
