package dev.broadsheet.interchange.wordpress;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * What {@link WxrConstantMemoryTest} runs in a JVM of its own with a small heap: imports a {@link SyntheticExport}
 * of the size given as the only argument, keeping nothing of what it imports, and prints one line of counts for
 * the test to check. Exits 0 when the import completed, 1 when it failed (an {@link OutOfMemoryError} included).
 */
final class ConstantMemoryImport {

    private ConstantMemoryImport() {
    }

    /** @param args the export's size in bytes */
    public static void main(String[] args) {
        long size = Long.parseLong(args[0]);
        SyntheticExport export = new SyntheticExport(size);
        long[] seen = new long[2];
        long start = System.nanoTime();
        try (InputStream in = new BufferedInputStream(export, 1 << 16)) {
            ImportReport report = WxrImporter.builder().build().read(in, a -> {
                seen[0]++;
                seen[1] += a.comments().size();
            });
            System.out.println("bytes=" + export.bytes() + " posts=" + export.posts() + " attachments="
                    + export.attachments() + " articles=" + report.articles() + " sunk=" + seen[0] + " comments="
                    + seen[1] + " sanitized=" + report.changedBySanitizing() + " failure="
                    + report.failure().isPresent() + " maxHeap=" + Runtime.getRuntime().maxMemory() + " seconds="
                    + (System.nanoTime() - start) / 1_000_000_000L);
        } catch (Exception | OutOfMemoryError e) {
            System.out.println("failed: " + e);
            System.exit(1);
        }
    }
}
