package dev.broadsheet.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.testing.Browser;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The newsletter end to end, through a real mail server: the site started with {@code --smtp} sends to GreenMail
 * (SMTP and IMAP on loopback ports, started by this test), and a reader in headless Chromium subscribes on an
 * article page, reads the confirmation mail from the IMAP inbox, opens its link and presses the button; the editor
 * sends a digest from the moderation pages; the reader leaves with an RFC 8058 one-click POST to the digest's
 * {@code List-Unsubscribe} URL. The subscriber's status in the site's store is checked at each step, and replayed,
 * forged and wrong-purpose tokens are refused without changing it.
 *
 * <p>Mail links are https (see {@link NewsletterMail}); the test reaches them over the site's plain http
 * ({@link TestSite#direct(String)}).
 */
@Timeout(120)
class NewsletterMailBrowserTest {

    private static final String READER = "reader.one@mail.example";
    private static final String PASSWORD = "imap-password-for-tests";
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([^&\\s>\"]+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    private static TestSite site;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        MAIL.setUser(READER, READER, PASSWORD);
        site = new TestSite("--smtp", "127.0.0.1:" + MAIL.getSmtp().getPort());
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aReaderSubscribesConfirmsGetsTheDigestAndLeavesWithOneClick() throws Exception {
        // subscribe on an article page
        driver.get(site.uri("/articles/" + Fixtures.foreignAffairs().slug()).toString());
        driver.findElement(By.id("bs-newsletter-email")).sendKeys(READER);
        BrowserSteps.press(driver, driver.findElement(By.id("bs-newsletter-consent")));
        BrowserSteps.submit(driver, ".bs-newsletter");
        assertThat(driver.getCurrentUrl()).endsWith("/newsletter/thanks");
        assertThat(status()).isEqualTo(SubscriberStatus.PENDING);

        // the confirmation mail
        MimeMessage confirmation = awaitInbox(1).get(0);
        assertThat(confirmation.getHeader("To", null)).isEqualTo(READER);
        assertThat(confirmation.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(confirmation.getHeader("List-Unsubscribe")).as("a pending address is not on the list yet")
                .isNull();
        String confirmLink = Jsoup.parse(part(confirmation, "text/html"))
                .select("a[href*=/newsletter/confirm]").attr("href");
        assertThat(confirmLink).startsWith(NewsSite.httpsForm(site.origin()) + "/newsletter/confirm?token=");
        assertThat(part(confirmation, "text/plain")).contains(confirmLink);
        String confirmToken = token(confirmLink);

        // opening the link changes nothing; its button confirms
        driver.get(site.direct(confirmLink));
        assertThat(status()).isEqualTo(SubscriberStatus.PENDING);
        BrowserSteps.submit(driver, "main");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Your subscription is confirmed");
        assertThat(status()).isEqualTo(SubscriberStatus.CONFIRMED);

        MimeMessage welcome = awaitInbox(2).get(1);
        assertThat(welcome.getSubject()).isEqualTo("Welcome to " + NewsSite.NAME);
        String welcomeUnsubscribe = listUnsubscribeUrl(welcome);

        // refused tokens: replayed, forged, of another purpose; none sends mail or changes the status
        assertThat(site.postForm("/newsletter/confirm", Map.of("token", confirmToken)).statusCode())
                .as("replayed confirmation").isEqualTo(409);
        assertThat(site.postForm("/newsletter/confirm", Map.of("token", forged(confirmToken))).statusCode())
                .as("forged confirmation").isEqualTo(400);
        assertThat(site.postForm("/newsletter/confirm", Map.of("token", token(welcomeUnsubscribe))).statusCode())
                .as("an unsubscribe token posted as a confirmation").isEqualTo(400);
        assertThat(site.post(site.direct(confirmLink).replace("/confirm?", "/unsubscribe?"),
                "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").statusCode())
                .as("a confirmation token posted as a one-click unsubscription").isEqualTo(400);
        assertThat(site.post(site.direct(welcomeUnsubscribe).replace(token(welcomeUnsubscribe),
                forged(token(welcomeUnsubscribe))), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").statusCode()).as("forged one-click").isEqualTo(400);
        assertThat(status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(inbox()).hasSize(2);

        // the editor sends the digest
        driver.get(site.uri("/moderation").toString());
        driver.findElement(By.id("site-moderation-token")).sendKeys(TestSite.TOKEN);
        BrowserSteps.submit(driver, "main");
        driver.findElement(By.linkText("Newsletter digest")).click();
        BrowserSteps.waitFor(driver, () -> driver.getCurrentUrl().endsWith("/moderation/newsletter"));
        List<String> listed = driver.findElements(By.cssSelector(".site-digest-articles li")).stream()
                .map(li -> li.getText()).toList();
        assertThat(listed).hasSize(NewsletterMail.DIGEST_ARTICLES);
        assertThat(browser.axe()).as("the digest page's accessibility").isEmpty();
        int subscribers = site.site.store().subscribers(SubscriberStatus.CONFIRMED).size();
        assertThat(subscribers).as("the reader and the fixtures' confirmed subscribers").isGreaterThan(1);
        BrowserSteps.submit(driver, "main");
        assertThat(driver.findElement(By.cssSelector(".site-digest-report")).getText())
                .isEqualTo("Last send: " + subscribers + " sent, 0 bounced, 0 not sent.");
        assertThat(MAIL.getReceivedMessages()).as("one digest each, and the reader's two mails before")
                .hasSize(subscribers + 2);

        MimeMessage digest = awaitInbox(3).get(2);
        assertThat(digest.getSubject()).isEqualTo(NewsSite.NAME + ": the latest stories");
        assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(digest.getHeader("List-Id", null)).isEqualTo("<newsletter.caspianledger.example>");
        assertThat(digest.getHeader("Precedence", null)).isEqualTo("bulk");
        String html = part(digest, "text/html");
        assertThat(Jsoup.parse(html).select("h2 a").eachText()).isEqualTo(listed);
        String oneClick = listUnsubscribeUrl(digest);
        assertThat(html).as("the footer's link is the header's").contains(oneClick.replace("&", "&amp;"));

        // RFC 8058 one-click: a mail provider's POST, no cookies, no CSRF token
        HttpResponse<String> left = site.post(site.direct(oneClick), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        MimeMessage goodbye = awaitInbox(4).get(3);
        assertThat(goodbye.getHeader("List-Unsubscribe")).isNull();
        assertThat(goodbye.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");

        // the confirmation token, replayed now, cannot bring the reader back
        assertThat(site.postForm("/newsletter/confirm", Map.of("token", confirmToken)).statusCode()).isEqualTo(410);
        assertThat(status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

        // the address is in the envelope and To only; neither it nor a token is in the log
        List<MimeMessage> all = inbox();
        assertThat(all).hasSize(4);
        for (MimeMessage m : all) {
            assertThat(part(m, "text/plain")).doesNotContain(READER);
            assertThat(part(m, "text/html")).doesNotContain(READER).doesNotContain("<script");
            assertThat(String.valueOf(m.getHeader("List-Unsubscribe", null))).doesNotContain("mail.example");
        }
        String log = String.join("\n", site.log);
        assertThat(log).doesNotContain(READER).doesNotContain(confirmToken).doesNotContain(token(oneClick));
    }

    private static SubscriberStatus status() {
        return site.site.store().subscriberByAddress(READER).orElseThrow().status();
    }

    /** The reader's inbox, read over IMAP. */
    private static List<MimeMessage> inbox() throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail.imap.host", "127.0.0.1");
        p.setProperty("mail.imap.port", Integer.toString(MAIL.getImap().getPort()));
        p.setProperty("mail.imap.connectiontimeout", "5000");
        p.setProperty("mail.imap.timeout", "5000");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect(READER, PASSWORD);
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            List<MimeMessage> messages = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                messages.add(new MimeMessage((MimeMessage) m)); // a copy that outlives the connection
            }
            folder.close(false);
            return messages;
        } finally {
            store.close();
        }
    }

    /** The inbox once it holds at least a number of messages, oldest first; the site sends while it answers. */
    private static List<MimeMessage> awaitInbox(int count) throws MessagingException, InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> messages = inbox();
        while (messages.size() < count && System.nanoTime() < end) {
            Thread.sleep(100);
            messages = inbox();
        }
        assertThat(messages).as("messages in the inbox").hasSizeGreaterThanOrEqualTo(count);
        return messages;
    }

    /** The text of the part of a {@code multipart/alternative} message with a content type. */
    private static String part(MimeMessage m, String type) throws MessagingException, IOException {
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part p = parts.getBodyPart(i);
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    /** The https URL of a message's {@code List-Unsubscribe} header. */
    private static String listUnsubscribeUrl(MimeMessage m) throws MessagingException {
        String header = m.getHeader("List-Unsubscribe", null);
        assertThat(header).as("List-Unsubscribe").isNotNull();
        Matcher url = Pattern.compile("^<(https://[^>]+)>$").matcher(header);
        assertThat(url.matches()).as(header).isTrue();
        assertThat(url.group(1)).startsWith(NewsSite.httpsForm(site.origin()) + "/newsletter/unsubscribe?token=");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        return url.group(1);
    }

    private static String token(String url) {
        Matcher m = TOKEN.matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }

    /**
     * The token with one character near its end (in the signature) changed; not the last one, whose low bits a
     * base64 decoder may ignore.
     */
    private static String forged(String token) {
        int at = token.length() - 3;
        char c = token.charAt(at);
        return token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }
}
