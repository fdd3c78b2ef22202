package dev.broadsheet.comments;

import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntBinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The reply tree of one article's comments, built from a flat list in linear time (plus the sort of each group
 * of siblings) and without recursion, so that no list, however long or deep, can exhaust the stack.
 *
 * <p>What the tree holds depends on {@link Visibility}. The {@linkplain Visibility#PUBLIC public} tree, which every
 * renderer uses, holds approved comments only; a comment that is not approved (pending, spam or trash) but has
 * approved replies stays as a {@linkplain Node#removed() removed placeholder} so that the replies survive, and a
 * renderer shows "This comment was removed." in its place, never its content. A comment that is not approved
 * appears only as such a placeholder, and only where it has replies to hold: not without approved descendants,
 * and not at the maximum depth, where its replies stand beside it. The {@linkplain Visibility#ALL moderation} tree
 * holds every comment.
 *
 * <p>Problems in the data are reported, never looped on, and never make an approved comment disappear:
 * <ul>
 *   <li>a comment whose parent is not in the list is an {@linkplain #orphans() orphan} and is shown at the top
 *       level;</li>
 *   <li>comments whose parent chain loops are reported in {@link #cycles()}; each loop is broken at the member
 *       that comes first in the list, which is shown at the top level with the rest of the loop below it;</li>
 *   <li>a second comment with an id already seen is reported in {@link #duplicates()} and left out.</li>
 * </ul>
 *
 * <p>Replies deeper than {@linkplain Builder#maxDepth(int) the maximum depth} (default {@value #DEFAULT_MAX_DEPTH},
 * where top-level comments have depth 1) attach to their deepest allowed ancestor: every descendant of a comment at
 * the maximum depth is shown beside it, at the maximum depth, and these siblings are ordered together. With a
 * maximum depth of 1 the thread is flat. Siblings are ordered oldest first by default; ties keep list order.
 *
 * <p>Comments are expected to belong to one article; the thread does not compare their article ids.
 *
 * <p>Threads are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class CommentThread {

    /** Default deepest level; replies below it attach to the ancestor at this level. */
    public static final int DEFAULT_MAX_DEPTH = 5;

    /**
     * Largest accepted {@linkplain Builder#maxDepth(int) maximum depth}. Renderers walk the tree one level per
     * call, so the depth is bounded to keep them far from the stack's limit.
     */
    public static final int MAX_DEPTH_LIMIT = 100;

    private final List<Node> roots;
    private final int approvedCount;
    private final List<Comment> orphans;
    private final List<List<String>> cycles;
    private final List<Comment> duplicates;
    private final int nodeCount;
    /**
     * The nodes by comment id, made on the first {@link #find(String)}: a page renders its thread without looking a
     * comment up, and hashing every id of a long thread on every request cost a tenth of the page.
     */
    private volatile @Nullable Map<String, Node> byId;
    /**
     * Where each page of comments starts, for the last page size asked: a site keeps an article's thread and shows
     * one page of it per request, and finding the pages walked every top-level node of a long thread each time.
     */
    private volatile @Nullable Pages pages;

    /** Page starts in {@link #roots}, and where the last page ends, for pages of at most {@code perPage}. */
    private record Pages(int perPage, int[] starts) {
    }

    private CommentThread(List<Node> roots, int approvedCount, List<Comment> orphans, List<List<String>> cycles,
            List<Comment> duplicates, int nodeCount) {
        this.roots = roots;
        this.approvedCount = approvedCount;
        this.orphans = orphans;
        this.cycles = cycles;
        this.duplicates = duplicates;
        this.nodeCount = nodeCount;
    }

    /**
     * The public thread with the defaults: approved comments, oldest first, depth at most
     * {@value #DEFAULT_MAX_DEPTH}.
     *
     * @param comments one article's comments, in any order and any status; no null elements
     * @return the thread
     * @throws NullPointerException when {@code comments} is or contains null
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

    /**
     * The top-level nodes: top-level comments, orphans and broken loops.
     *
     * @return the top-level nodes, in order
     */
    public List<Node> roots() {
        return roots;
    }

    /**
     * How many pages the thread fills at {@code perPage} comments a page. Pages hold whole top-level threads, in
     * order (a comment and all its replies stay on one page), and at most {@code perPage} nodes, placeholders
     * included, unless one top-level thread alone is larger: it then fills a page of its own. A thread with no
     * comments has one, empty, page.
     *
     * @param perPage the most comments a page holds, at least 1; {@link Integer#MAX_VALUE} puts them all on one
     * @return the number of pages, at least 1
     * @throws IllegalArgumentException when {@code perPage} is below 1
     * @since 0.1.0
     */
    public int pageCount(int perPage) {
        return pages(perPage).length - 1;
    }

    /**
     * The top-level nodes of one page, each with its replies, as {@link #pageCount(int)} divides the thread.
     * Computed once per page size and kept, so showing another page of a kept thread costs only that page.
     *
     * @param perPage the most comments a page holds, at least 1
     * @param page which page, from 1 to {@code pageCount(perPage)}
     * @return a slice of {@link #roots()}
     * @throws IllegalArgumentException when {@code perPage} is below 1
     * @throws IndexOutOfBoundsException when {@code page} is not a page of the thread
     * @since 0.1.0
     */
    public List<Node> page(int perPage, int page) {
        int[] starts = pages(perPage);
        if (page < 1 || page >= starts.length) {
            throw new IndexOutOfBoundsException("page must be 1 to " + (starts.length - 1) + ", was " + page);
        }
        return roots.subList(starts[page - 1], starts[page]);
    }

    private int[] pages(int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
        }
        Pages p = pages;
        if (p == null || p.perPage() != perPage) {
            p = new Pages(perPage, pageStarts(perPage));
            pages = p;
        }
        return p.starts();
    }

    /** One step per top-level node: the sizes were counted when the thread was built. */
    private int[] pageStarts(int perPage) {
        if (perPage == Integer.MAX_VALUE || roots.isEmpty()) {
            return new int[] {0, roots.size()};
        }
        int[] starts = new int[roots.size() + 1];
        int count = 0;
        long fill = 0;
        for (int i = 0, n = roots.size(); i < n; i++) {
            int size = roots.get(i).size();
            if (fill > 0 && fill + size > perPage) {
                starts[++count] = i;
                fill = 0;
            }
            fill += size;
        }
        starts[++count] = roots.size();
        return Arrays.copyOf(starts, count + 1);
    }

    /**
     * How many distinct comments in the list are approved; duplicates and placeholders are not counted. In the
     * public tree this is exactly the number of nodes that are not {@linkplain Node#removed() removed}.
     *
     * @return the number of approved comments
     */
    public int approvedCount() {
        return approvedCount;
    }

    /**
     * Comments whose parent is not in the list, in list order, whatever their status; those in the tree are shown
     * at the top level.
     *
     * @return the orphans
     */
    public List<Comment> orphans() {
        return orphans;
    }

    /**
     * Each parent-chain loop found, as the ids along it: the first id is the member that comes first in the list,
     * where the loop was broken, and each following id is the parent of the one before.
     *
     * @return the loops found, in list order of their first member
     */
    public List<List<String>> cycles() {
        return cycles;
    }

    /**
     * Comments left out because an earlier comment in the list had the same id.
     *
     * @return the duplicates, in list order
     */
    public List<Comment> duplicates() {
        return duplicates;
    }

    /**
     * Every node, depth first, in display order.
     *
     * @return the flattened tree
     */
    public List<Node> flatten() {
        List<Node> out = new ArrayList<>(nodeCount);
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

    /**
     * This thread's node for a comment id, if the comment is in the tree (in the public tree: approved, or a
     * placeholder).
     *
     * @param id a comment id
     * @return the node, or empty
     */
    public Optional<Node> find(String id) {
        Map<String, Node> m = byId;
        if (m == null) {
            Map<String, Node> index = new HashMap<>(Math.max(16, nodeCount * 2));
            for (Node n : flatten()) {
                index.put(n.comment().id(), n);
            }
            m = Collections.unmodifiableMap(index);
            byId = m; // a race indexes twice and keeps equal maps
        }
        return Optional.ofNullable(m.get(id));
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
        private final int size;

        Node(Comment comment, boolean removed, int depth, List<Node> replies) {
            this.comment = comment;
            this.removed = removed;
            this.depth = depth;
            this.replies = replies;
            int n = 1;
            for (int i = 0, k = replies.size(); i < k; i++) { // indexed: an iterator per node is garbage
                n += replies.get(i).size;
            }
            this.size = n;
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

        /**
         * Whether this is a placeholder: a comment of the public tree that is not approved but has approved
         * replies, so its {@link #replies()} are never empty. Always false in the
         * {@linkplain Visibility#ALL moderation} tree.
         *
         * @return true for a placeholder
         */
        public boolean removed() {
            return removed;
        }

        /**
         * The level, from 1 to the maximum depth.
         *
         * @return 1 for a top-level comment, 2 for a reply, and so on
         */
        public int depth() {
            return depth;
        }

        /**
         * The replies shown under this node; at the maximum depth there are none.
         *
         * @return the replies, in order
         */
        public List<Node> replies() {
            return replies;
        }

        /**
         * The nodes of this subtree: this one, its replies, theirs and so on, placeholders included. Counted when the
         * thread is built, so a renderer that pages threads by size does not walk them.
         *
         * @return at least 1
         * @since 0.1.0
         */
        public int size() {
            return size;
        }

        /** @return the comment id, whether it is a placeholder, the depth and the number of replies */
        @Override
        public String toString() {
            return "Node[" + comment.id() + (removed ? " removed" : "") + " depth " + depth + ", "
                    + replies.size() + " replies]";
        }
    }

    /**
     * Configures thread building. Defaults: {@link Visibility#PUBLIC}, {@link Order#OLDEST_FIRST}, max depth
     * {@value #DEFAULT_MAX_DEPTH}. A builder may be reused; it is not thread-safe, the threads it builds are.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private static final int NONE = -1;

        private Visibility visibility = Visibility.PUBLIC;
        /** The built-in order, or null when {@link #custom} orders siblings. */
        private @Nullable Order timeOrder = Order.OLDEST_FIRST;
        /** A custom sibling order, or null for {@link #timeOrder}. */
        private @Nullable Comparator<Comment> custom;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * @param visibility which comments to hold; default {@link Visibility#PUBLIC}
         * @return this builder
         */
        public Builder visibility(Visibility visibility) {
            this.visibility = Objects.requireNonNull(visibility, "visibility");
            return this;
        }

        /**
         * @param order sibling order by creation time; default {@link Order#OLDEST_FIRST}
         * @return this builder
         */
        public Builder order(Order order) {
            this.timeOrder = Objects.requireNonNull(order, "order");
            this.custom = null;
            return this;
        }

        /**
         * @param comparator a custom sibling order; ties keep list order
         * @return this builder
         */
        public Builder order(Comparator<Comment> comparator) {
            this.custom = Objects.requireNonNull(comparator, "comparator");
            this.timeOrder = null;
            return this;
        }

        /**
         * @param maxDepth deepest level, 1 to {@value CommentThread#MAX_DEPTH_LIMIT}; deeper replies attach to
         *     their ancestor at the level above it; default {@value CommentThread#DEFAULT_MAX_DEPTH}
         * @return this builder
         * @throws IllegalArgumentException when {@code maxDepth} is out of range
         */
        public Builder maxDepth(int maxDepth) {
            if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
                throw new IllegalArgumentException("maxDepth must be 1 to " + MAX_DEPTH_LIMIT + ", was " + maxDepth);
            }
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Builds the thread of a flat list.
         *
         * @param comments one article's comments in any order and status; null elements are not allowed
         * @return the thread
         * @throws NullPointerException when {@code comments} is or contains null
         */
        public CommentThread build(List<Comment> comments) {
            Objects.requireNonNull(comments, "comments");
            // 1. Index distinct ids in list order, and read what the later steps need from each comment now: in a
            // long thread the comments lie scattered over the heap, and each pass that read them again waited on
            // memory for every one.
            int size = comments.size();
            IdIndex index = new IdIndex(size);
            List<Comment> list = new ArrayList<>(size);
            List<Comment> duplicates = new ArrayList<>();
            @Nullable String[] parentIds = new String[size];
            boolean[] isApproved = new boolean[size];
            Times times = timeOrder == null ? null : new Times(size);
            int approved = 0;
            for (Comment c : comments) {
                Objects.requireNonNull(c, "comments must not contain null");
                int i = list.size();
                if (!index.add(c.id(), i)) {
                    duplicates.add(c);
                    continue;
                }
                list.add(c);
                parentIds[i] = c.parentId().orElse(null);
                if (c.status() == CommentStatus.APPROVED) {
                    isApproved[i] = true;
                    approved++;
                }
                if (times != null) {
                    times.set(i, c.createdAt());
                }
            }
            int n = list.size();
            // 2. Parents; orphans become top-level.
            int[] parent = new int[n];
            List<Comment> orphans = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String parentId = parentIds[i];
                int p = parentId == null ? NONE : index.get(parentId);
                if (p == NONE && parentId != null) {
                    orphans.add(list.get(i));
                }
                parent[i] = p;
            }
            // 3. Loops, broken at their first member in list order; each comment is walked once.
            List<List<String>> cycles = breakCycles(list, parent);
            // 4. Which comments show: all, or approved ones and their ancestors (as placeholders).
            boolean[] shown = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (visibility == Visibility.ALL || isApproved[i]) {
                    for (int j = i; j != NONE && !shown[j]; j = parent[j]) {
                        shown[j] = true;
                    }
                }
            }
            // 5. Children of each shown comment, in list order (compact adjacency arrays).
            int[] childCount = new int[n + 1];
            for (int i = 0; i < n; i++) {
                if (shown[i]) {
                    childCount[parent[i] == NONE ? n : parent[i]]++;
                }
            }
            int[] start = new int[n + 2];
            for (int i = 0; i <= n; i++) {
                start[i + 1] = start[i] + childCount[i];
            }
            int[] children = new int[start[n + 1]];
            int[] fill = Arrays.copyOf(start, n + 1);
            for (int i = 0; i < n; i++) {
                if (shown[i]) {
                    children[fill[parent[i] == NONE ? n : parent[i]]++] = i;
                }
            }
            // 6. Display parent and depth, parents before children (breadth first from the top).
            int[] depth = new int[n];
            int[] host = new int[n]; // the node whose replies list holds i; n for the top level
            int[] queue = new int[children.length];
            int head = 0;
            int tail = 0;
            for (int k = start[n]; k < start[n + 1]; k++) {
                int r = children[k];
                depth[r] = 1;
                host[r] = n;
                queue[tail++] = r;
            }
            while (head < tail) {
                int p = queue[head++];
                for (int k = start[p]; k < start[p + 1]; k++) {
                    int c = children[k];
                    if (depth[p] < maxDepth) {
                        depth[c] = depth[p] + 1;
                        host[c] = p;
                    } else {
                        depth[c] = maxDepth;
                        host[c] = host[p];
                    }
                    queue[tail++] = c;
                }
            }
            // 7. Group by display parent (compact arrays again, in breadth-first order), sort each group, and build
            // nodes children first.
            int[] groupStart = new int[n + 2];
            for (int k = 0; k < tail; k++) {
                groupStart[host[queue[k]] + 1]++;
            }
            for (int g = 0; g <= n; g++) {
                groupStart[g + 1] += groupStart[g];
            }
            int[] members = new int[tail];
            int[] next = Arrays.copyOf(groupStart, n + 1);
            for (int k = 0; k < tail; k++) {
                int c = queue[k];
                members[next[host[c]]++] = c;
            }
            Comparator<Comment> byComment = custom;
            IntBinaryOperator byOrder = times != null ? times.order(Objects.requireNonNull(timeOrder))
                    : (a, b) -> Objects.requireNonNull(byComment).compare(list.get(a), list.get(b));
            int[] scratch = new int[tail];
            for (int g = 0; g <= n; g++) {
                sort(members, groupStart[g], groupStart[g + 1], byOrder, scratch);
            }
            @Nullable Node[] nodes = new Node[n];
            int nodeCount = 0;
            for (int k = tail - 1; k >= 0; k--) {
                int c = queue[k];
                boolean removed = visibility == Visibility.PUBLIC && !isApproved[c];
                List<Node> replies = nodesOf(members, groupStart[c], groupStart[c + 1], nodes);
                if (removed && replies.isEmpty()) {
                    continue; // at the maximum depth its replies stand beside it: a placeholder would hold nothing
                }
                nodes[c] = new Node(list.get(c), removed, depth[c], replies);
                nodeCount++;
            }
            List<Node> roots = nodesOf(members, groupStart[n], groupStart[n + 1], nodes);
            return new CommentThread(roots, approved, List.copyOf(orphans), List.copyOf(cycles),
                    List.copyOf(duplicates), nodeCount);
        }

        /** The nodes built for {@code members[from, to)}, in that order, as an unmodifiable list. */
        private static List<Node> nodesOf(int[] members, int from, int to, @Nullable Node[] nodes) {
            int count = 0;
            for (int k = from; k < to; k++) {
                count += nodes[members[k]] != null ? 1 : 0;
            }
            if (count == 0) {
                return List.of();
            }
            Node[] out = new Node[count];
            int i = 0;
            for (int k = from; k < to; k++) {
                Node node = nodes[members[k]];
                if (node != null) {
                    out[i++] = node;
                }
            }
            return switch (count) {
                case 1 -> List.of(out[0]);
                case 2 -> List.of(out[0], out[1]);
                default -> Collections.unmodifiableList(Arrays.asList(out)); // the array is this list's alone
            };
        }

        /**
         * Sorts {@code a[from, to)} by {@code order}, stably (equal elements keep their order), as {@link List#sort}
         * would sort the same indices: insertion sort for short runs, merging for longer ones.
         */
        static void sort(int[] a, int from, int to, IntBinaryOperator order, int[] scratch) {
            if (to - from <= 16) {
                for (int i = from + 1; i < to; i++) {
                    int v = a[i];
                    int j = i - 1;
                    while (j >= from && order.applyAsInt(a[j], v) > 0) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
                return;
            }
            int mid = (from + to) >>> 1;
            sort(a, from, mid, order, scratch);
            sort(a, mid, to, order, scratch);
            if (order.applyAsInt(a[mid - 1], a[mid]) <= 0) {
                return; // already in order, as the replies of a thread read in time order mostly are
            }
            System.arraycopy(a, from, scratch, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                a[k] = j >= to || (i < mid && order.applyAsInt(scratch[i], scratch[j]) <= 0) ? scratch[i++]
                        : scratch[j++];
            }
        }

        /**
         * Finds every loop of parent links, reports it, and breaks it by making its first member (in list order)
         * a top-level comment. Iterative; each comment is on one walk only.
         */
        private static List<List<String>> breakCycles(List<Comment> list, int[] parent) {
            int n = parent.length;
            byte[] state = new byte[n]; // 0 unseen, 1 on the current walk, 2 done
            int[] walk = new int[n];
            List<int[]> found = new ArrayList<>(); // {first member, walk index}, to sort by list order
            List<List<String>> loops = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (state[s] != 0) {
                    continue;
                }
                int len = 0;
                int i = s;
                while (i != NONE && state[i] == 0) {
                    state[i] = 1;
                    walk[len++] = i;
                    i = parent[i];
                }
                if (i != NONE && state[i] == 1) {
                    int first = i;
                    for (int j = parent[i]; j != i; j = parent[j]) {
                        first = Math.min(first, j);
                    }
                    List<String> ids = new ArrayList<>();
                    int j = first;
                    do {
                        ids.add(list.get(j).id());
                        j = parent[j];
                    } while (j != first);
                    found.add(new int[] {first, loops.size()});
                    loops.add(List.copyOf(ids));
                    parent[first] = NONE;
                }
                for (int k = 0; k < len; k++) {
                    state[walk[k]] = 2;
                }
            }
            found.sort(Comparator.comparingInt(f -> f[0]));
            List<List<String>> cycles = new ArrayList<>(found.size());
            for (int[] f : found) {
                cycles.add(loops.get(f[1]));
            }
            return cycles;
        }

        /**
         * The comments' creation times, read once in list order, for the built-in sibling orders: a long thread's
         * sort compared each pair through two comments and two instants scattered over the heap, and waited on
         * memory more than it compared.
         */
        private static final class Times {
            private final long[] seconds;
            private final int[] nanos;

            Times(int capacity) {
                seconds = new long[capacity];
                nanos = new int[capacity];
            }

            void set(int i, java.time.Instant t) {
                seconds[i] = t.getEpochSecond();
                nanos[i] = t.getNano();
            }

            /** The order over list indices: oldest or newest first. */
            IntBinaryOperator order(Order order) {
                long[] s = seconds;
                int[] ns = nanos;
                int sign = order == Order.OLDEST_FIRST ? 1 : -1;
                return (a, b) -> {
                    int c = Long.compare(s[a], s[b]);
                    return sign * (c != 0 ? c : Integer.compare(ns[a], ns[b]));
                };
            }
        }

        /**
         * Comment ids to their index in list order, by open addressing over the ids' hashes: no entry objects and no
         * boxed indices, which for a long thread were most of the memory its build touched. Each slot holds an id's
         * hash beside its index, so a probe reads one array element and compares ids only when the hashes match:
         * in a thread of ten thousand comments the probes' loads from elsewhere were most of the build's time.
         */
        private static final class IdIndex {
            /** Per slot: the id's hash in the high half, index + 1 in the low half; 0 for an empty slot. */
            private final long[] slots;
            private final int mask;
            private final String[] ids;

            /** @param capacity how many ids at most will be added (their indices are below it) */
            IdIndex(int capacity) {
                int size = Integer.highestOneBit(Math.max(8, capacity * 2 - 1)) << 1;
                slots = new long[size];
                mask = size - 1;
                ids = new String[capacity];
            }

            /** Adds {@code id} at {@code index} (the next index); false when the id is there already. */
            boolean add(String id, int index) {
                int h = id.hashCode();
                int i = slot(id, h);
                if (slots[i] != 0) {
                    return false;
                }
                slots[i] = ((long) h << 32) | (index + 1L);
                ids[index] = id;
                return true;
            }

            /** @return the index of {@code id}, or {@link #NONE} */
            int get(String id) {
                return (int) slots[slot(id, id.hashCode())] - 1; // an empty slot holds 0
            }

            /** The slot that holds {@code id}, or the empty slot where it would go. */
            private int slot(String id, int h) {
                int i = spread(h) & mask;
                for (long e; (e = slots[i]) != 0; i = (i + 1) & mask) {
                    if ((int) (e >>> 32) == h && ids[(int) e - 1].equals(id)) {
                        return i;
                    }
                }
                return i;
            }

            private static int spread(int h) {
                return (h ^ (h >>> 16)) * 0x9E3779B9;
            }
        }
    }
}
