package dev.broadsheet.interchange.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WpautopTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            One                                      | <p>One</p>
            One\\n\\nTwo                             | <p>One</p>\\n<p>Two</p>
            One\\nTwo                                | <p>One<br>\\nTwo</p>
            One\\r\\n\\r\\nTwo                       | <p>One</p>\\n<p>Two</p>
            <ul><li>a</li><li>b</li></ul>            | <ul><li>a</li>\\n<li>b</li>\\n</ul>
            <li>a\\nb</li>                           | <li>a<br>\\nb</li>
            <blockquote>Quote</blockquote>           | <blockquote><p>Quote</p>\\n</blockquote>
            <pre>a\\n\\nb</pre>                      | <pre>a\\n\\nb</pre>
            Text\\n<h2>Head</h2>\\nMore              | <p>Text</p>\\n<h2>Head</h2>\\n<p>More</p>
            <em>a</em>\\n\\n<em>b</em>               | <p><em>a</em></p>\\n<p><em>b</em></p>
            """)
    void followsWordPressParagraphRules(String in, String out) {
        assertThat(Wpautop.apply(in.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(out.replace("\\n", "\n"));
    }
}
