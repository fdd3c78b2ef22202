package dev.broadsheet.examples.spring;

import dev.broadsheet.render.Links;
import dev.broadsheet.render.Site;
import dev.broadsheet.render.amp.AmpRenderer;
import dev.broadsheet.render.feed.FeedFormat;
import dev.broadsheet.render.feed.FeedRenderer;
import dev.broadsheet.render.html.HtmlRenderer;
import dev.broadsheet.render.jsonld.JsonLdRenderer;
import dev.broadsheet.render.sitemap.SitemapRenderer;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Broadsheet's renderers, built once. Their links are absolute, so they need the site's base URL: the configured
 * {@code broadsheet.base-url}, or else {@code http://127.0.0.1:PORT} once the server has bound its port (port 0
 * in the tests).
 */
@Component
public class SiteRenderers {

    /** The renderers of one base URL. */
    public record Renderers(HtmlRenderer html, AmpRenderer amp, JsonLdRenderer jsonLd,
            Map<FeedFormat, FeedRenderer> feeds, SitemapRenderer sitemaps) {
    }

    private final SiteProperties properties;
    private final Clock clock;
    private volatile @Nullable Renderers renderers;

    SiteRenderers(SiteProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        if (properties.baseUrl() != null) {
            renderers = build(properties.baseUrl());
        }
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (properties.baseUrl() == null) {
            renderers = build("http://127.0.0.1:" + event.getWebServer().getPort());
        }
    }

    /** @return the renderers; the server must have started when no base URL is configured */
    public Renderers get() {
        Renderers r = renderers;
        if (r == null) {
            throw new IllegalStateException("no broadsheet.base-url and the server has not started yet");
        }
        return r;
    }

    /**
     * AMP requires its forms to post to https: the AMP page's forms name the https form of the base URL. This
     * example serves AMP pages for reading; their forms work behind an https proxy (see the README).
     */
    private static Links ampLinks(String base) {
        String httpsBase = base.startsWith("http://") ? "https://" + base.substring("http://".length()) : base;
        return new Links() {
            @Override
            public String baseUrl() {
                return base;
            }

            @Override
            public String commentAction(dev.broadsheet.model.Article article) {
                return httpsBase + "/comments";
            }

            @Override
            public String subscribeAction() {
                return httpsBase + "/newsletter/subscribe";
            }
        };
    }

    private Renderers build(String base) {
        Site site = Site.builder().name(properties.name()).baseUrl(base)
                .description("Independent news from the South Caucasus, the Caspian and beyond").zone("Asia/Baku")
                .feeds(FeedFormat.values()).build();
        JsonLdRenderer jsonLd = JsonLdRenderer.builder().site(site).build();
        HtmlRenderer html = HtmlRenderer.builder().site(site).jsonLd(jsonLd).build();
        HtmlRenderer ampHtml = HtmlRenderer.builder().site(site).links(ampLinks(base)).jsonLd(jsonLd).build();
        Map<FeedFormat, FeedRenderer> feeds = new EnumMap<>(FeedFormat.class);
        for (FeedFormat f : FeedFormat.values()) {
            feeds.put(f, FeedRenderer.builder().site(site).format(f).clock(clock).build());
        }
        return new Renderers(html, AmpRenderer.of(ampHtml), jsonLd, Collections.unmodifiableMap(feeds),
                SitemapRenderer.builder().site(site).clock(clock).build());
    }
}
