package dev.broadsheet.comments;

import dev.broadsheet.model.Comment;
import dev.broadsheet.text.TextCleaner;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * What the moderator reads from a comment: the body's text, its links (anchors and bare URLs in the text), and
 * the helpers that fold text for matching. Everything here is linear in the size of the comment.
 */
final class CommentText {

    /** A bare URL in text: a scheme or "www." and everything up to white space or a delimiter. */
    private static final Pattern BARE_URL = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"'()\\[\\]{}]++");

    final String text;
    final List<String> links;
    final int linkCount;

    private CommentText(String text, List<String> links) {
        this.text = text;
        this.links = links;
        this.linkCount = links.size();
    }

    static CommentText of(Comment comment) {
        return of(comment.body().html());
    }

    /** Reads the text and links of markup: the sanitized body, or the raw posted text (parsed, never rendered). */
    static CommentText of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> links = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inAnchor;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(s);
                    if (inAnchor == 0) {
                        Matcher m = BARE_URL.matcher(s);
                        while (m.find()) {
                            links.add(m.group());
                        }
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inAnchor++;
                        String href = e.attr("href");
                        if (!href.isBlank()) {
                            links.add(href);
                        }
                    }
                    if (e.isBlock() || e.normalName().equals("br")) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inAnchor--;
                    }
                    if (e.isBlock()) {
                        text.append(' ');
                    }
                }
            }
        }, body);
        return new CommentText(text.toString(), List.copyOf(links));
    }

    /**
     * Folds text for matching: compatibility forms (NFKC), lower case, and without the invisible characters
     * spammers put inside words (zero width space, joiners, soft hyphen, bidi controls and marks). The dot that
     * lower-casing {@code İ} leaves after {@code i} is dropped, so Turkish and Azerbaijani capitals match.
     */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (TextCleaner.isInvisible(c) || TextCleaner.isBidiControl(c) || (c >= '\u200B' && c <= '\u200F')
                    || c == '\u034F' || c == '\u061C') {
                continue;
            }
            if (c == '\u0307' && out.length() > 0 && (out.charAt(out.length() - 1) == 'i'
                    || out.charAt(out.length() - 1) == 'j')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Splits folded text into words: runs of letters, digits and combining marks. Letters of scripts written
     * without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) are one word each, so a phrase in them matches as a
     * run of characters.
     */
    static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean single = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (word.length() > 0) {
                    word.appendCodePoint(cp);
                }
            } else if (Character.isLetterOrDigit(cp)) {
                boolean unspaced = isUnspaced(cp);
                if (unspaced || single) {
                    flush(word, out);
                }
                word.appendCodePoint(cp);
                single = unspaced;
            } else {
                flush(word, out);
                single = false;
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static boolean isUnspaced(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    /**
     * The host of a link as lower-case ASCII (IDN in punycode, no trailing dot), or null for links without one
     * (relative, mailto, fragments) and for hosts that cannot be read.
     */
    static @Nullable String host(String url) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        String rest;
        if (scheme > 0 && isScheme(s, scheme)) {
            rest = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            rest = s.substring(2);
        } else if (s.regionMatches(true, 0, "www.", 0, 4)) {
            rest = s;
        } else {
            return null;
        }
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                end = i;
                break;
            }
        }
        String authority = rest.substring(0, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = close < 0 ? hostPort.substring(1) : hostPort.substring(1, close);
        } else {
            int colon = hostPort.indexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        }
        return normaliseHost(host);
    }

    /** Lower-case ASCII host without a trailing dot; null when empty. */
    static @Nullable String normaliseHost(String host) {
        String h = host.strip();
        String ascii;
        try {
            ascii = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            ascii = h; // not a valid IDN: compare it as written, lower-cased
        }
        ascii = ascii.toLowerCase(Locale.ROOT);
        while (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        return ascii.isEmpty() ? null : ascii;
    }

    private static boolean isScheme(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9')
                    || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A 64-bit digest of where a comment goes and what it says: its article, its parent and its folded text with
     * white space collapsed. Two comments with the same fingerprint are duplicates.
     */
    static long fingerprint(Comment comment, String text) {
        String body = String.join(" ", fold(text).split("\\s+")).strip();
        String what = comment.articleId() + '\0' + comment.parentId().orElse("") + '\0' + body;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
