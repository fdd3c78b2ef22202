package dev.broadsheet.examples.site;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated placeholder images for the fixtures' pictures, which live on a fictional host. The site serves every
 * {@code /images/...-WIDTHxHEIGHT.jpg} path as a small SVG of that size: a landscape in a colour derived from the
 * path, or a head-and-shoulders silhouette for portraits under {@code /images/people/}. The SVG has no script, no
 * style element and no external reference, and it is served with the resource policy ({@code default-src 'none'}),
 * so it stays inert even when opened on its own; pages load it as an {@code img}, which never runs scripts anyway.
 */
final class Placeholders {

    private static final Pattern NAME = Pattern.compile("([a-z0-9/_-]{1,200})-(\\d{2,4})x(\\d{2,4})\\.(?:jpg|png|webp)");

    private Placeholders() {
    }

    /**
     * The image for a path under {@code /images/}.
     *
     * @param path the rest of the path, such as {@code 2026/09/some-story-1600x900.jpg}
     * @return the SVG; empty when the path names no size
     */
    static Optional<byte[]> svg(String path) {
        Matcher m = NAME.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        int w = Integer.parseInt(m.group(2));
        int h = Integer.parseInt(m.group(3));
        if (w < 16 || h < 16) {
            return Optional.empty();
        }
        int hue = Math.floorMod(m.group(1).hashCode(), 360);
        String svg = m.group(1).startsWith("people/") ? portrait(w, h, hue) : landscape(w, h, hue);
        return Optional.of(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String landscape(int w, int h, int hue) {
        String sky = hsl(hue, 35, 82);
        String far = hsl(hue, 25, 58);
        String near = hsl(hue, 30, 36);
        String sun = hsl((hue + 40) % 360, 70, 92);
        return head(w, h)
                + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"" + sky + "\"/>"
                + "<circle cx=\"" + w * 72 / 100 + "\" cy=\"" + h * 30 / 100 + "\" r=\"" + Math.min(w, h) / 9
                + "\" fill=\"" + sun + "\"/>"
                + "<polygon fill=\"" + far + "\" points=\"0," + h * 70 / 100 + " " + w * 22 / 100 + ","
                + h * 42 / 100 + " " + w * 45 / 100 + "," + h * 62 / 100 + " " + w * 63 / 100 + "," + h * 38 / 100
                + " " + w + "," + h * 66 / 100 + " " + w + "," + h + " 0," + h + "\"/>"
                + "<polygon fill=\"" + near + "\" points=\"0," + h * 84 / 100 + " " + w * 30 / 100 + ","
                + h * 64 / 100 + " " + w * 58 / 100 + "," + h * 82 / 100 + " " + w * 80 / 100 + "," + h * 70 / 100
                + " " + w + "," + h * 80 / 100 + " " + w + "," + h + " 0," + h + "\"/></svg>";
    }

    private static String portrait(int w, int h, int hue) {
        int s = Math.min(w, h);
        return head(w, h)
                + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"" + hsl(hue, 30, 85) + "\"/>"
                + "<circle cx=\"" + w / 2 + "\" cy=\"" + h * 40 / 100 + "\" r=\"" + s * 19 / 100 + "\" fill=\""
                + hsl(hue, 20, 45) + "\"/>"
                + "<ellipse cx=\"" + w / 2 + "\" cy=\"" + h + "\" rx=\"" + s * 36 / 100 + "\" ry=\"" + s * 34 / 100
                + "\" fill=\"" + hsl(hue, 20, 45) + "\"/></svg>";
    }

    private static String head(int w, int h) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 "
                + w + " " + h + "\">";
    }

    private static String hsl(int hue, int saturation, int lightness) {
        return "hsl(" + hue + "," + saturation + "%," + lightness + "%)";
    }
}
