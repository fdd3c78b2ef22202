package dev.broadsheet.comments;

import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reply tree of one article's comments, built from a flat list in linear time (plus the sort of each level).
 *
 * <p>What the tree holds depends on {@link Visibility}. The {@linkplain Visibility#PUBLIC public} tree, which every
 * renderer uses, holds approved comments only; a comment that is not approved (pending, spam or trash) but has
 * approved replies stays as a {@linkplain Node#removed() removed placeholder} so that the replies survive, and a
 * renderer shows "This comment was removed." in its place, never its content. The {@linkplain Visibility#ALL
 * moderation} tree holds every comment.
 *
 * <p>Problems in the data are reported, never looped on: a comment whose parent is not in the list is an
 * {@linkplain #orphans() orphan} and is shown at the top level; comments whose parent chain loops are reported in
 * {@link #cycles()} and left out; a second comment with an id already seen is reported in {@link #duplicates()}
 * and left out. Replies deeper than {@linkplain Builder#maxDepth(int) the maximum depth} (default
 * {@value #DEFAULT_MAX_DEPTH}, where top-level comments have depth 1) attach to their deepest allowed ancestor.
 * Siblings are ordered oldest first by default.
 *
 * <p>Threads are immutable.
 *
 * @since 0.1.0
 */
public final class CommentThread {

    /** Default deepest level; replies below it attach to the ancestor at this level. */
    public static final int DEFAULT_MAX_DEPTH = 5;

    private final List<Node> roots;
    private final int approvedCount;
    private final List<Comment> orphans;
    private final List<List<String>> cycles;
    private final List<Comment> duplicates;

    private CommentThread(List<Node> roots, int approvedCount, List<Comment> orphans, List<List<String>> cycles,
            List<Comment> duplicates) {
        this.roots = roots;
        this.approvedCount = approvedCount;
        this.orphans = orphans;
        this.cycles = cycles;
        this.duplicates = duplicates;
    }

    /**
     * The public thread with the defaults: approved comments, oldest first, depth at most
     * {@value #DEFAULT_MAX_DEPTH}.
     *
     * @param comments one article's comments, in any order and any status
     * @return the thread
     */
    public static CommentThread of(List<Comment> comments) {
        return builder().build(comments);
    }

    /**
     * Starts configuring how threads are built.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the top-level nodes, in order */
    public List<Node> roots() {
        return roots;
    }

    /** @return how many comments in the list are approved (placeholders not counted) */
    public int approvedCount() {
        return approvedCount;
    }

    /** @return comments whose parent is not in the list; they are shown at the top level */
    public List<Comment> orphans() {
        return orphans;
    }

    /** @return each parent-chain loop found, as the ids along it; those comments are left out */
    public List<List<String>> cycles() {
        return cycles;
    }

    /** @return comments left out because an earlier comment in the list had the same id */
    public List<Comment> duplicates() {
        return duplicates;
    }

    /**
     * Every node, depth first, in display order.
     *
     * @return the flattened tree
     */
    public List<Node> flatten() {
        List<Node> out = new ArrayList<>();
        ArrayList<Node> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            out.add(n);
            for (int i = n.replies.size() - 1; i >= 0; i--) {
                stack.add(n.replies.get(i));
            }
        }
        return out;
    }

    /** Which comments a thread holds. */
    public enum Visibility {
        /** Approved comments, plus placeholders for removed ones with approved replies. */
        PUBLIC,
        /** Every comment, whatever its status, for moderators. */
        ALL
    }

    /** Sibling order. */
    public enum Order {
        /** Oldest first, as most news sites show comments. */
        OLDEST_FIRST,
        /** Newest first. */
        NEWEST_FIRST
    }

    /**
     * One comment in the tree, with its replies.
     *
     * @since 0.1.0
     */
    public static final class Node {
        private final Comment comment;
        private final boolean removed;
        private final int depth;
        private final List<Node> replies;

        Node(Comment comment, boolean removed, int depth, List<Node> replies) {
            this.comment = comment;
            this.removed = removed;
            this.depth = depth;
            this.replies = replies;
        }

        /**
         * The comment. For a {@linkplain #removed() removed placeholder}, renderers must show only that it was
         * removed, never its author or body.
         *
         * @return the comment
         */
        public Comment comment() {
            return comment;
        }

        /** @return whether this is a placeholder for a comment that is not public but has public replies */
        public boolean removed() {
            return removed;
        }

        /** @return 1 for a top-level comment, 2 for a reply, and so on */
        public int depth() {
            return depth;
        }

        /** @return the replies, in order */
        public List<Node> replies() {
            return replies;
        }

        @Override
        public String toString() {
            return "Node[" + comment.id() + (removed ? " removed" : "") + " depth " + depth + ", "
                    + replies.size() + " replies]";
        }
    }

    /**
     * Configures thread building. Defaults: {@link Visibility#PUBLIC}, {@link Order#OLDEST_FIRST}, max depth
     * {@value #DEFAULT_MAX_DEPTH}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Visibility visibility = Visibility.PUBLIC;
        private Comparator<Comment> order = byTime(Order.OLDEST_FIRST);
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * @param visibility which comments to hold
         * @return this builder
         */
        public Builder visibility(Visibility visibility) {
            this.visibility = Objects.requireNonNull(visibility, "visibility");
            return this;
        }

        /**
         * @param order sibling order
         * @return this builder
         */
        public Builder order(Order order) {
            this.order = byTime(Objects.requireNonNull(order, "order"));
            return this;
        }

        /**
         * @param comparator a custom sibling order; ties keep list order
         * @return this builder
         */
        public Builder order(Comparator<Comment> comparator) {
            this.order = Objects.requireNonNull(comparator, "comparator");
            return this;
        }

        /**
         * @param maxDepth deepest level, at least 1; deeper replies attach to their ancestor at this level
         * @return this builder
         * @throws IllegalArgumentException when {@code maxDepth} is less than 1
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1) {
                throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Builds the thread of a flat list.
         *
         * @param comments one article's comments in any order and status; null elements are not allowed
         * @return the thread
         */
        public CommentThread build(List<Comment> comments) {
            Objects.requireNonNull(comments, "comments");
            Map<String, Comment> byId = new LinkedHashMap<>();
            List<Comment> duplicates = new ArrayList<>();
            int approved = 0;
            for (Comment c : comments) {
                Objects.requireNonNull(c, "comments must not contain null");
                if (byId.putIfAbsent(c.id(), c) != null) {
                    duplicates.add(c);
                } else if (c.status() == CommentStatus.APPROVED) {
                    approved++;
                }
            }
            // Resolve each comment's effective parent and find cycles, each comment visited O(1) times overall.
            Map<String, String> parentOf = new HashMap<>();
            List<Comment> orphans = new ArrayList<>();
            for (Comment c : byId.values()) {
                String p = c.parentId().orElse(null);
                if (p != null && !byId.containsKey(p)) {
                    orphans.add(c);
                    p = null;
                }
                if (p != null) {
                    parentOf.put(c.id(), p);
                }
            }
            Map<String, Integer> state = new HashMap<>(); // 1 = on current path, 2 = done (acyclic), 3 = in/into a cycle
            List<List<String>> cycles = new ArrayList<>();
            for (String id : byId.keySet()) {
                walk(id, parentOf, state, cycles);
            }
            // Children lists, skipping comments in or under a cycle.
            Map<String, List<Comment>> children = new HashMap<>();
            List<Comment> tops = new ArrayList<>();
            for (Comment c : byId.values()) {
                if (state.get(c.id()) == 3) {
                    continue;
                }
                String p = parentOf.get(c.id());
                if (p == null) {
                    tops.add(c);
                } else {
                    children.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                }
            }
            // Which comments are visible: ALL, or approved ones plus ancestors of approved ones (as placeholders).
            Map<String, Boolean> visible = new HashMap<>();
            for (Comment c : byId.values()) {
                if (state.get(c.id()) == 3) {
                    continue;
                }
                if (visibility == Visibility.ALL || c.status() == CommentStatus.APPROVED) {
                    String id = c.id();
                    while (id != null && visible.putIfAbsent(id, Boolean.TRUE) == null) {
                        id = parentOf.get(id);
                    }
                }
            }
            List<Node> roots = nodes(tops, 1, children, visible, null);
            return new CommentThread(roots, approved, List.copyOf(orphans), List.copyOf(cycles),
                    List.copyOf(duplicates));
        }

        /** Marks the parent chain from {@code start}; iterative, each id leaves state 1 once. */
        private static void walk(String start, Map<String, String> parentOf, Map<String, Integer> state,
                List<List<String>> cycles) {
            if (state.containsKey(start)) {
                return;
            }
            List<String> path = new ArrayList<>();
            String id = start;
            while (id != null && !state.containsKey(id)) {
                state.put(id, 1);
                path.add(id);
                id = parentOf.get(id);
            }
            int result = 2;
            if (id != null) {
                int s = state.get(id);
                if (s == 1) {
                    int at = path.indexOf(id);
                    cycles.add(List.copyOf(path.subList(at, path.size())));
                    result = 3;
                } else {
                    result = s;
                }
            }
            for (String p : path) {
                state.put(p, result);
            }
        }

        /**
         * Builds the nodes for {@code level} comments at {@code depth}; at the maximum depth, all descendants are
         * gathered into {@code collect} (flattened) instead of nesting further. Recursion is bounded by maxDepth;
         * the flattening below it is iterative.
         */
        private List<Node> nodes(List<Comment> level, int depth, Map<String, List<Comment>> children,
                Map<String, Boolean> visible, List<Comment> unused) {
            List<Comment> sorted = new ArrayList<>(level);
            sorted.removeIf(c -> !visible.containsKey(c.id()));
            sorted.sort(order);
            List<Node> out = new ArrayList<>(sorted.size());
            for (Comment c : sorted) {
                List<Comment> kids = children.getOrDefault(c.id(), List.of());
                List<Node> replies;
                if (depth + 1 < maxDepth) {
                    replies = nodes(kids, depth + 1, children, visible, unused);
                } else if (depth + 1 == maxDepth) {
                    replies = deepest(kids, depth + 1, children, visible);
                } else {
                    replies = List.of();
                }
                boolean removed = visibility == Visibility.PUBLIC && c.status() != CommentStatus.APPROVED;
                out.add(new Node(c, removed, depth, List.copyOf(replies)));
            }
            return out;
        }

        /** Nodes at the maximum depth: each holds none; all their descendants become their siblings. */
        private List<Node> deepest(List<Comment> level, int depth, Map<String, List<Comment>> children,
                Map<String, Boolean> visible) {
            List<Comment> all = new ArrayList<>();
            ArrayList<Comment> stack = new ArrayList<>(level);
            while (!stack.isEmpty()) {
                Comment c = stack.remove(stack.size() - 1);
                all.add(c);
                stack.addAll(children.getOrDefault(c.id(), List.of()));
            }
            all.removeIf(c -> !visible.containsKey(c.id()));
            all.sort(order);
            List<Node> out = new ArrayList<>(all.size());
            for (Comment c : all) {
                boolean removed = visibility == Visibility.PUBLIC && c.status() != CommentStatus.APPROVED;
                out.add(new Node(c, removed, depth, List.of()));
            }
            return out;
        }

        private static Comparator<Comment> byTime(Order order) {
            Comparator<Comment> oldest = Comparator.comparing(Comment::createdAt);
            return order == Order.OLDEST_FIRST ? oldest : oldest.reversed();
        }
    }

    /**
     * The public thread's node for a comment id, if the comment is in the tree.
     *
     * @param id a comment id
     * @return the node
     */
    public Optional<Node> find(String id) {
        for (Node n : flatten()) {
            if (n.comment.id().equals(id)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
