package dev.broadsheet.render.email;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The text of each paragraph and heading of an HTML part, whitespace collapsed, to find in the text part. */
final class PlainTextWords {

    private PlainTextWords() {
    }

    static List<String> blocks(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("h1, h2, p:not(:has(a))")) {
            String t = e.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
