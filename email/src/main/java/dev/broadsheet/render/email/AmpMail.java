package dev.broadsheet.render.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The AMP4EMAIL part: the message's HTML as written (before inlining, so with its classes) made into an AMP for
 * Email document — {@code <html ⚡4email data-css-strict>}, the AMP runtime and the email boilerplate in the head,
 * the stylesheet in {@code <style amp-custom>}, images as {@code amp-img}. It shows the same content as the HTML
 * part; clients that do not render AMP show the HTML part, which comes after it.
 */
final class AmpMail {

    private AmpMail() {
    }

    /**
     * @param written the HTML part as the renderer wrote it, with classes
     * @param style the stylesheet
     * @return the AMP4EMAIL document
     */
    static String convert(String written, CssInliner style) {
        Document doc = Jsoup.parse(written);
        Element html = doc.selectFirst("html");
        html.attr("⚡4email", "").attr("data-css-strict", "");
        Element head = doc.head();
        head.empty();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("script").attr("async", "").attr("src", "https://cdn.ampproject.org/v0.js");
        head.appendElement("style").attr("amp4email-boilerplate", "").appendChild(
                new org.jsoup.nodes.DataNode("body{visibility:hidden}"));
        head.appendElement("style").attr("amp-custom", "").appendChild(new org.jsoup.nodes.DataNode(style.css()));
        for (Element img : doc.body().select("img")) {
            Element amp = new Element("amp-img").attr("src", img.attr("src")).attr("alt", img.attr("alt"))
                    .attr("width", img.attr("width")).attr("height", img.attr("height"))
                    .attr("layout", "responsive");
            img.replaceWith(amp);
        }
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return doc.outerHtml();
    }
}
