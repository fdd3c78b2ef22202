package dev.broadsheet.examples.benchmarks.pipelines;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model a controller hands to a template engine for one article page: every value ready to print (dates
 * formatted, URLs built, the comment tree built, the JSON-LD serialized), so that templates only escape and
 * arrange. Thymeleaf and jte get the same instance type, built by the same {@link PageController}.
 *
 * @param title the document title
 * @param description the meta description
 * @param canonical the canonical URL
 * @param amp the AMP URL
 * @param siteName the site's name
 * @param headline the headline
 * @param image the featured image, or null
 * @param publishedIso publication time, ISO 8601
 * @param modifiedIso modification time, ISO 8601
 * @param sectionName the innermost section's name
 * @param sectionUrl the innermost section's URL
 * @param tags tag names and URLs
 * @param authorUrls profile URLs of the writers, for Open Graph
 * @param twitter the site's twitter handle, or null
 * @param stylesheet the stylesheet URL
 * @param jsonLd the JSON-LD document, safe inside a script element
 * @param home the home page URL
 * @param logo the logo
 * @param breadcrumb the trail, home first
 * @param dek the sub-headline, or null
 * @param authors the writers
 * @param contributors the other people credited, grouped by role
 * @param publishedText publication time as readers see it
 * @param modifiedText modification time as readers see it, or null when not modified
 * @param bodyHtml the sanitized body
 * @param creditSource the agency, or null
 * @param creditUrl the agency's URL, or null
 * @param dateline the dateline, or null
 * @param corrections the corrections
 * @param commentsHeading "50 comments"
 * @param comments the comment tree's roots
 * @param commentAction where the comment form posts
 * @param articleId the article's id
 * @param csrfToken the request's CSRF token
 * @param subscribeAction where the newsletter form posts
 * @param rights the footer's rights line
 */
public record PageView(String title, String description, String canonical, String amp, String siteName,
        String headline, @Nullable Img image, String publishedIso, String modifiedIso, String sectionName,
        String sectionUrl, List<Link> tags, List<String> authorUrls, @Nullable String twitter, String stylesheet,
        String jsonLd, String home, Img logo, List<Link> breadcrumb, @Nullable String dek, List<Link> authors,
        List<Role> contributors, String publishedText, @Nullable String modifiedText, String bodyHtml,
        @Nullable String creditSource, @Nullable String creditUrl, @Nullable String dateline,
        List<Dated> corrections, String commentsHeading, List<CommentView> comments, String commentAction,
        String articleId, String csrfToken, String subscribeAction, String rights) {

    /**
     * A link's text and URL.
     *
     * @param text the text
     * @param url the URL
     */
    public record Link(String text, String url) {
    }

    /**
     * People credited in one role.
     *
     * @param label "Photographs by"
     * @param people their names and profile URLs
     */
    public record Role(String label, List<Link> people) {
    }

    /**
     * An image.
     *
     * @param src its URL
     * @param alt its text alternative
     * @param width width in pixels
     * @param height height in pixels
     * @param srcset the srcset, or null
     * @param caption the caption, or null
     * @param credit the credit, or null
     */
    public record Img(String src, String alt, int width, int height, @Nullable String srcset,
            @Nullable String caption, @Nullable String credit) {
    }

    /**
     * A dated note.
     *
     * @param iso the time, ISO 8601
     * @param text the time as readers see it
     * @param note the note
     */
    public record Dated(String iso, String text, String note) {
    }

    /**
     * A comment with its replies.
     *
     * @param id the element id
     * @param authorName the commenter's name
     * @param authorUrl the commenter's website, or null
     * @param iso the time, ISO 8601
     * @param time the time as readers see it
     * @param bodyHtml the sanitized body
     * @param replies the replies, oldest first
     */
    public record CommentView(String id, String authorName, @Nullable String authorUrl, String iso, String time,
            String bodyHtml, List<CommentView> replies) {
    }
}
