package dev.broadsheet.internal.html;

import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * A depth-first walk over a jsoup tree without recursion (so depth never costs stack), calling {@link #visit}
 * on the way down and {@link #exit()} on the way up from every node whose children were visited.
 */
abstract class TreeWalk {

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
