package dev.broadsheet.render;

import dev.broadsheet.model.Article;
import dev.broadsheet.model.Person;
import dev.broadsheet.model.Section;
import dev.broadsheet.model.Tag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page that lists article teasers: the home page, a section, a tag or an author, one page of a paged list.
 *
 * @since 0.1.0
 */
public final class ListingPage implements Page {

    /** What a listing lists. */
    public enum Kind {
        /** The home page: the latest articles. */
        HOME,
        /** A section's articles. */
        SECTION,
        /** A tag's articles. */
        TAG,
        /** An author's articles, with the author's profile. */
        AUTHOR
    }

    private final Kind kind;
    private final @Nullable Section section;
    private final @Nullable Tag tag;
    private final @Nullable Person author;
    private final List<Article> articles;
    private final int page;
    private final int pageCount;
    private final FormState newsletterForm;
    private final @Nullable String csrfToken;
    private final @Nullable String notice;

    private ListingPage(Kind kind, @Nullable Section section, @Nullable Tag tag, @Nullable Person author,
            List<Article> articles, int page, int pageCount, FormState newsletterForm, @Nullable String csrfToken,
            @Nullable String notice) {
        if (page < 1 || pageCount < page) {
            throw new IllegalArgumentException("page must be between 1 and pageCount, was " + page + " of "
                    + pageCount);
        }
        this.kind = kind;
        this.section = section;
        this.tag = tag;
        this.author = author;
        this.articles = List.copyOf(articles);
        this.page = page;
        this.pageCount = pageCount;
        this.newsletterForm = newsletterForm;
        this.csrfToken = csrfToken;
        this.notice = notice;
    }

    /**
     * The home page.
     *
     * @param articles the latest articles, in display order
     * @return a one-page listing
     */
    public static ListingPage home(List<Article> articles) {
        return new ListingPage(Kind.HOME, null, null, null, articles, 1, 1, FormState.empty(), null, null);
    }

    /**
     * One page of a section's listing.
     *
     * @param section the section
     * @param articles this page's articles
     * @param page this page's number, from 1
     * @param pageCount how many pages the listing has
     * @return the listing
     */
    public static ListingPage section(Section section, List<Article> articles, int page, int pageCount) {
        return new ListingPage(Kind.SECTION, Objects.requireNonNull(section, "section"), null, null, articles, page,
                pageCount, FormState.empty(), null, null);
    }

    /**
     * One page of a tag's listing.
     *
     * @param tag the tag
     * @param articles this page's articles
     * @param page this page's number, from 1
     * @param pageCount how many pages the listing has
     * @return the listing
     */
    public static ListingPage tag(Tag tag, List<Article> articles, int page, int pageCount) {
        return new ListingPage(Kind.TAG, null, Objects.requireNonNull(tag, "tag"), null, articles, page, pageCount,
                FormState.empty(), null, null);
    }

    /**
     * One page of an author's listing.
     *
     * @param author the author
     * @param articles this page's articles
     * @param page this page's number, from 1
     * @param pageCount how many pages the listing has
     * @return the listing
     */
    public static ListingPage author(Person author, List<Article> articles, int page, int pageCount) {
        return new ListingPage(Kind.AUTHOR, null, null, Objects.requireNonNull(author, "author"), articles, page,
                pageCount, FormState.empty(), null, null);
    }

    /**
     * This listing with request state.
     *
     * @param newsletterForm the newsletter form's state
     * @param csrfToken this request's CSRF token, or null
     * @param notice a message for the top of the page, or null
     * @return a copy with the state
     */
    public ListingPage withState(FormState newsletterForm, @Nullable String csrfToken, @Nullable String notice) {
        return new ListingPage(kind, section, tag, author, articles, page, pageCount,
                Objects.requireNonNull(newsletterForm, "newsletterForm"), csrfToken, notice);
    }

    /** @return what is listed */
    public Kind kind() {
        return kind;
    }

    /** @return the section, for a section listing */
    public Optional<Section> section() {
        return Optional.ofNullable(section);
    }

    /** @return the tag, for a tag listing */
    public Optional<Tag> tag() {
        return Optional.ofNullable(tag);
    }

    /** @return the author, for an author listing */
    public Optional<Person> author() {
        return Optional.ofNullable(author);
    }

    /** @return this page's articles, in display order */
    public List<Article> articles() {
        return articles;
    }

    /** @return this page's number, from 1 */
    public int page() {
        return page;
    }

    /** @return how many pages the listing has */
    public int pageCount() {
        return pageCount;
    }

    @Override
    public FormState newsletterForm() {
        return newsletterForm;
    }

    @Override
    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrfToken);
    }

    @Override
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }
}
