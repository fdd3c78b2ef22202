package dev.broadsheet.internal.html;

import java.util.Arrays;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * A depth-first walk over a jsoup tree without recursion (so depth never costs stack), calling {@link #visit}
 * on the way down and {@link #exit()} on the way up from every node whose children were visited.
 */
abstract class TreeWalk {

    private byte[] frames = new byte[32];
    private int frameCount;

    /** Remembers what was done on entering an element, for {@link #exit()} to undo. */
    final void pushFrame(byte frame) {
        if (frameCount == frames.length) {
            frames = Arrays.copyOf(frames, frameCount * 2);
        }
        frames[frameCount++] = frame;
    }

    /** The frame of the element being left. */
    final byte popFrame() {
        return frames[--frameCount];
    }

    /** Walks {@code root} and everything below it. */
    final void walk(Node root) {
        Node node = root;
        while (true) {
            if (visit(node)) {
                Node child = node.firstChild();
                if (child != null) {
                    node = child;
                    continue;
                }
                exit();
            }
            while (true) {
                if (node == root) {
                    return;
                }
                Node next = node.nextSibling();
                if (next != null) {
                    node = next;
                    break;
                }
                node = node.parentNode();
                exit();
            }
        }
    }

    /**
     * Handles a node on the way down.
     *
     * @return true to visit its children, after which {@link #exit()} is called once for it
     */
    abstract boolean visit(@Nullable Node node);

    /** Called on the way up from a node for which {@link #visit} returned true. */
    abstract void exit();
}
