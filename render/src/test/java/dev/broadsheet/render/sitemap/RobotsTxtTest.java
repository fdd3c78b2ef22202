package dev.broadsheet.render.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void namesTheSitemapIndexAndAllowsEverythingByDefault() {
        assertThat(RobotsTxt.builder().sitemap("https://news.example.com/sitemap.xml").build().text())
                .isEqualTo("User-agent: *\nDisallow:\n\nSitemap: https://news.example.com/sitemap.xml\n");
    }

    @Test
    void keepsTheHostsRulesInOrder() {
        assertThat(RobotsTxt.builder().disallow("/newsletter/").allow("/newsletter/archive")
                .sitemap("https://news.example.com/sitemap.xml").build().text())
                .isEqualTo("User-agent: *\nDisallow: /newsletter/\nAllow: /newsletter/archive\n\n"
                        + "Sitemap: https://news.example.com/sitemap.xml\n");
    }

    @Test
    void refusesValuesThatWouldAddRulesOfTheirOwn() {
        assertThatThrownBy(() -> RobotsTxt.builder().sitemap("https://x.example/s.xml\nDisallow: /"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\\n");
        assertThatThrownBy(() -> RobotsTxt.builder().disallow("/a\r\nUser-agent: evil"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RobotsTxt.builder().disallow("relative"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start with /");
        assertThatThrownBy(() -> RobotsTxt.builder().sitemap("/sitemap.xml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        RobotsTxt.Builder b = RobotsTxt.builder();
        for (int i = 0; i < RobotsTxt.MAX_RULES; i++) {
            b.disallow("/p" + i);
        }
        assertThatThrownBy(() -> b.disallow("/one-more")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000");
    }
}
