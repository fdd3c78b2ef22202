package dev.broadsheet.examples.benchmarks;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Article;
import dev.broadsheet.model.ArticleStatus;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.email.Email;
import dev.broadsheet.render.email.EmailRenderer;
import dev.broadsheet.render.email.EmailTemplate;
import dev.broadsheet.render.email.MimeAssembler;
import dev.broadsheet.render.email.Recipient;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Properties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Newsletter personalisation: rendering the fixtures' digest (every published fixture article) once, against
 * stamping one more recipient into the rendered digest, and stamping plus MIME assembly and serialization (what a
 * sender does per message). The targets: a stamp costs at most 5% of a rendering, and 100,000
 * personalised messages take under 10 s of one core (100,000 × the per-message time).
 */
@State(Scope.Benchmark)
public class EmailBenchmark {

    private EmailRenderer renderer;
    private List<Article> articles;
    private EmailTemplate digest;
    private Recipient[] recipients;
    private MimeAssembler assembler;
    private Session session;
    private int next;

    /** Renders the digest and makes 1,024 recipients with their own links. */
    @Setup
    public void setUp() {
        Site site = Site.builder().name("The Caspian Ledger").baseUrl("https://news.example.com").build();
        renderer = EmailRenderer.builder().site(site).build();
        articles = Fixtures.articles().stream().filter(a -> a.status() == ArticleStatus.PUBLISHED)
                .filter(a -> a.language().orElse("en").equals("en")).toList();
        digest = renderer.digest(articles);
        recipients = new Recipient[1024];
        for (int i = 0; i < recipients.length; i++) {
            recipients[i] = Recipient.to("reader" + i + "@example.org").withName("Reader " + i)
                    .withUnsubscribeUrl("https://news.example.com/newsletter/unsubscribe?token=tok" + i);
        }
        assembler = MimeAssembler.builder().from("newsletter@news.example.com", "The Caspian Ledger").build();
        session = Session.getInstance(new Properties());
    }

    /** @return the digest rendered from the articles: once per send, whatever the number of recipients */
    @Benchmark
    public EmailTemplate renderDigest() {
        return renderer.digest(articles);
    }

    /** @return the rendered digest for one more recipient */
    @Benchmark
    public Email stampOne() {
        return digest.stamp(recipients[next++ & 1023]);
    }

    /**
     * @return the bytes of one recipient's complete MIME message
     * @throws MessagingException never for these recipients
     * @throws IOException never: the stream counts
     */
    @Benchmark
    public long stampAndAssembleOne() throws MessagingException, IOException {
        Email mail = digest.stamp(recipients[next++ & 1023]);
        Counting out = new Counting();
        assembler.assemble(mail, session).writeTo(out);
        return out.count;
    }

    /** An output stream that only counts. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
