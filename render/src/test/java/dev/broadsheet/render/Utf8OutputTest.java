package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fixtures.HostileFixtures;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Article;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.html.HtmlWriter;
import dev.broadsheet.render.html.Part;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendering to bytes gives exactly the UTF-8 encoding of rendering to text: for every page the standards checks
 * run on (every fixture among them), for AMP and JSON-LD, into a buffer, into a buffer that already holds bytes,
 * and through a stream.
 */
class Utf8OutputTest {

    private static final Site SITE = TestContent.site();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().site(SITE).build();
    private static final AmpRenderer AMP = AmpRenderer.of(HTML);
    private static final JsonLdRenderer JSON_LD = JsonLdRenderer.builder().site(SITE).build();

    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        RenderCases.pages().forEach((name, page) -> all.add(Arguments.of(name, page)));
        all.add(Arguments.of("hostile", Hostile.page()));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageRendersToTheUtf8OfItsText(String name, Page page) {
        byte[] expected = HTML.render(page).getBytes(StandardCharsets.UTF_8);
        same(bytes(b -> HTML.render(page, b)), expected, name);
        same(streamed(s -> HTML.render(page, s)), expected, name + " streamed");

        byte[] json = JSON_LD.json(page).getBytes(StandardCharsets.UTF_8);
        same(bytes(b -> JSON_LD.json(page, b)), json, name + " JSON-LD");
        StringBuilder script = new StringBuilder();
        JSON_LD.render(page, script);
        same(bytes(b -> JSON_LD.render(page, b)), script.toString().getBytes(StandardCharsets.UTF_8), name + " JSON-LD script");

        if (page instanceof ArticlePage a) {
            byte[] amp = AMP.render(a).getBytes(StandardCharsets.UTF_8);
            same(bytes(b -> AMP.render(a, b)), amp, name + " AMP");
            same(streamed(s -> AMP.render(a, s)), amp, name + " AMP streamed");
        }
    }

    @Test
    void everyHostileFixtureArticleRendersToTheUtf8OfItsText() {
        List<HostileFixtures.Case> cases = HostileFixtures.cases().stream()
                .filter(c -> c.type().equals("article") && !(c.expected() instanceof HostileFixtures.Rejected))
                .toList();
        assertThat(cases).as("hostile articles that are accepted or sanitized").hasSizeGreaterThan(10);
        for (HostileFixtures.Case c : cases) {
            ArticlePage page = ArticlePage.of(BroadsheetJson.storage().read(c.input(), Article.class));
            same(bytes(b -> HTML.render(page, b)), HTML.render(page).getBytes(StandardCharsets.UTF_8), c.id());
            same(bytes(b -> AMP.render(page, b)), AMP.render(page).getBytes(StandardCharsets.UTF_8), c.id() + " AMP");
        }
    }

    @Test
    void aPageIsAppendedToWhatTheBufferHolds() {
        ArticlePage page = ArticlePage.builder(TestContent.article()).comments(TestContent.comments()).build();
        Utf8Buffer buffer = new Utf8Buffer(8);
        HTML.render(page, buffer);
        int first = buffer.length();
        HTML.render(page, buffer);
        byte[] one = HTML.render(page).getBytes(StandardCharsets.UTF_8);
        assertThat(first).isEqualTo(one.length);
        assertThat(buffer.toByteArray()).isEqualTo(concat(one, one));

        buffer.clear();
        assertThat(buffer.isEmpty()).isTrue();
        HTML.render(page, buffer);
        assertThat(buffer.toByteArray()).isEqualTo(one);
        assertThat(buffer.asByteBuffer().remaining()).isEqualTo(one.length);
        assertThat(buffer.asByteBuffer().isReadOnly()).isTrue();
        assertThat(buffer.toString()).isEqualTo(HTML.render(page));
    }

    @Test
    void aFailedRenderLeavesTheBufferAsItWas() {
        Utf8Buffer buffer = new Utf8Buffer(16);
        HTML.fragment(Part.SITE_FOOTER, ArticlePage.of(TestContent.article()), ArticlePage.of(TestContent.article()),
                buffer);
        byte[] before = buffer.toByteArray();
        HtmlRenderer failing = HtmlRenderer.builder().site(SITE).part(Part.SITE_FOOTER, (page, ctx) -> {
            ctx.out().start("footer").text("x".repeat(100_000));
            throw new IllegalStateException("the host's part failed");
        }).build();
        assertThatThrownBy(() -> failing.render(ArticlePage.of(TestContent.article()), buffer))
                .hasMessage("the host's part failed");
        assertThat(buffer.toByteArray()).isEqualTo(before);
    }

    @Test
    void fragmentsRenderToTheUtf8OfTheirText() {
        ArticlePage page = ArticlePage.builder(TestContent.article()).comments(TestContent.comments()).build();
        for (Part<?> part : List.of(Part.HEAD, Part.JSON_LD, Part.ARTICLE, Part.COMMENTS, Part.COMMENT_FORM,
                Part.NEWSLETTER_FORM, Part.SITE_FOOTER)) {
            @SuppressWarnings("unchecked")
            Part<Page> p = (Part<Page>) part;
            StringBuilder text = new StringBuilder();
            HTML.fragment(p, page, page, text);
            same(bytes(b -> HTML.fragment(p, page, (Page) page, b)), text.toString().getBytes(StandardCharsets.UTF_8), part.name());
        }
    }

    /** Text the model never lets through (unpaired surrogates, U+FFFE) still encodes as getBytes(UTF_8) does. */
    @Test
    void anyTextEncodesAsGetBytesDoes() {
        Random random = new Random(20261207);
        char[] alphabet = {'a', 'Z', ' ', '<', '>', '&', '"', '\'', '\n', '\u0000', '\u007f', '\u0080', '\u00e9',
            '\u0259', '\u07ff', '\u0800', '\u2028', '\u2029', '\ud7ff', '\ue000', '\ufffe', '\uffff', '\ud83d',
            '\ude00', '\udbff', '\udc00'};
        for (int round = 0; round < 2_000; round++) {
            char[] c = new char[random.nextInt(round < 1_000 ? 40 : 5_000)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[random.nextInt(alphabet.length)];
            }
            Page page = ArticlePage.builder(TestContent.article()).notice(new String(c)).build();
            StringBuilder text = new StringBuilder();
            EVERY_WRITE.fragment(Part.NOTICE, page, page, text);
            same(bytes(b -> EVERY_WRITE.fragment(Part.NOTICE, page, page, b)), text.toString().getBytes(StandardCharsets.UTF_8), "round " + round);
        }
    }

    /** A renderer whose notice goes through every kind of write the writer has. */
    private static final HtmlRenderer EVERY_WRITE = HtmlRenderer.builder().site(SITE)
            .part(Part.NOTICE, (page, ctx) -> {
                String s = page.notice().orElseThrow();
                HtmlWriter out = ctx.out();
                out.open("p").attr("title", s).urlAttr("data-u", s).close().text(s).end("p")
                        .jsonScript("{\"a\":\"" + s + "\"}")
                        .jsonScript(w -> {
                            try {
                                w.write(s);
                                w.write(s.toCharArray(), 0, s.length());
                                w.append(s, 0, s.length() / 2).append('<');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            }).build();

    @Test
    void aStreamThatFailsGivesAnUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        ArticlePage page = ArticlePage.builder(TestContent.article()).comments(TestContent.comments()).build();
        assertThatThrownBy(() -> HTML.render(page, broken)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }

    @Test
    void bufferCapacityIsChecked() {
        assertThatThrownBy(() -> new Utf8Buffer(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
        assertThat(new Utf8Buffer().capacity()).isEqualTo(Utf8Buffer.DEFAULT_CAPACITY);
    }

    private interface Render {
        void into(Utf8Buffer buffer);
    }

    private interface Stream2 {
        void to(OutputStream out);
    }

    private static byte[] bytes(Render r) {
        Utf8Buffer buffer = new Utf8Buffer(0);
        r.into(buffer);
        return buffer.toByteArray();
    }

    /** Through a stream that takes small writes, so the 8 KiB buffer flushes many times. */
    private static byte[] streamed(Stream2 s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.to(out);
        return out.toByteArray();
    }

    /** Compares as text first, for a readable difference, then byte for byte. */
    private static void same(byte[] actual, byte[] expected, String what) {
        assertThat(new String(actual, StandardCharsets.UTF_8)).as(what)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).as(what).isEqualTo(expected);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

}
