package dev.broadsheet.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.comments.CommentThread.Node;
import dev.broadsheet.comments.CommentThread.Order;
import dev.broadsheet.comments.CommentThread.Visibility;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random flat lists (missing parents, loops, duplicate ids, every status, equal times) against the thread's
 * promises.
 */
class CommentThreadPropertiesTest {

    @Provide
    Arbitrary<List<Comment>> comments() {
        Arbitrary<Comment> one = Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(-15, 45),
                Arbitraries.of(CommentStatus.class),
                Arbitraries.integers().between(0, 12)).as((id, parent, status, minute) -> Threads.c("c" + id,
                        parent < 0 || parent.equals(id) ? null : "c" + parent, status, minute));
        return one.list().ofMaxSize(60);
    }

    @Property(tries = 400)
    void everyApprovedCommentAppearsExactlyOnceAndNothingElseUnlessAPlaceholder(
            @ForAll("comments") List<Comment> list, @ForAll @IntRange(min = 1, max = 7) int maxDepth,
            @ForAll Order order) {
        CommentThread t = CommentThread.builder().maxDepth(maxDepth).order(order).build(list);
        Map<String, Comment> distinct = distinct(list);
        List<String> shown = t.flatten().stream().filter(n -> !n.removed()).map(n -> n.comment().id()).toList();
        Set<String> approved = new HashSet<>();
        distinct.values().stream().filter(Comment::isApproved).forEach(c -> approved.add(c.id()));
        assertThat(shown).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(approved);
        assertThat(t.approvedCount()).isEqualTo(approved.size());
        assertThat(t.flatten().stream().map(n -> n.comment().id()).toList()).doesNotHaveDuplicates();
    }

    @Property(tries = 200)
    void theModerationTreeHoldsEveryDistinctCommentOnce(@ForAll("comments") List<Comment> list,
            @ForAll @IntRange(min = 1, max = 7) int maxDepth) {
        CommentThread t = CommentThread.builder().visibility(Visibility.ALL).maxDepth(maxDepth).build(list);
        assertThat(t.flatten()).noneMatch(Node::removed);
        assertThat(t.flatten().stream().map(n -> n.comment().id()).toList())
                .containsExactlyInAnyOrderElementsOf(distinct(list).keySet());
        assertThat(t.flatten().size() + t.duplicates().size()).isEqualTo(list.size());
    }

    @Property(tries = 400)
    void noNodeIsDeeperThanTheMaximumAndEachReplyIsOneLevelDown(@ForAll("comments") List<Comment> list,
            @ForAll @IntRange(min = 1, max = 7) int maxDepth, @ForAll Visibility visibility) {
        CommentThread t = CommentThread.builder().maxDepth(maxDepth).visibility(visibility).build(list);
        assertThat(t.roots()).allSatisfy(r -> assertThat(r.depth()).isEqualTo(1));
        for (Node n : t.flatten()) {
            assertThat(n.depth()).isBetween(1, maxDepth);
            if (!n.replies().isEmpty()) {
                assertThat(n.depth()).isLessThan(maxDepth);
            }
            assertThat(n.replies()).allSatisfy(r -> assertThat(r.depth()).isEqualTo(n.depth() + 1));
        }
    }

    @Property(tries = 300)
    void siblingsAreInOrder(@ForAll("comments") List<Comment> list, @ForAll Order order,
            @ForAll @IntRange(min = 1, max = 7) int maxDepth) {
        CommentThread t = CommentThread.builder().order(order).maxDepth(maxDepth).visibility(Visibility.ALL)
                .build(list);
        Comparator<Comment> byTime = Comparator.comparing(Comment::createdAt);
        Comparator<Comment> cmp = order == Order.OLDEST_FIRST ? byTime : byTime.reversed();
        List<List<Node>> levels = new ArrayList<>();
        levels.add(t.roots());
        t.flatten().forEach(n -> levels.add(n.replies()));
        for (List<Node> level : levels) {
            for (int i = 1; i < level.size(); i++) {
                assertThat(cmp.compare(level.get(i - 1).comment(), level.get(i).comment())).isLessThanOrEqualTo(0);
            }
        }
    }

    @Property(tries = 300)
    void aBuiltInOrderGivesTheTreeItsComparatorGives(@ForAll("comments") List<Comment> list, @ForAll Order order,
            @ForAll @IntRange(min = 1, max = 7) int maxDepth, @ForAll Visibility visibility) {
        Comparator<Comment> byTime = Comparator.comparing(Comment::createdAt);
        CommentThread builtIn = CommentThread.builder().order(order).maxDepth(maxDepth).visibility(visibility)
                .build(list);
        CommentThread custom = CommentThread.builder().order(order == Order.OLDEST_FIRST ? byTime : byTime.reversed())
                .maxDepth(maxDepth).visibility(visibility).build(list);
        assertThat(builtIn.flatten().stream().map(n -> n.comment().id() + "/" + n.depth() + "/" + n.removed()))
                .containsExactlyElementsOf(custom.flatten().stream()
                        .map(n -> n.comment().id() + "/" + n.depth() + "/" + n.removed()).toList());
        for (Node n : builtIn.flatten()) {
            assertThat(builtIn.find(n.comment().id())).containsSame(n);
        }
    }

    @Property(tries = 400)
    void placeholdersAppearOnlyAboveApprovedReplies(@ForAll("comments") List<Comment> list,
            @ForAll @IntRange(min = 1, max = 7) int maxDepth) {
        CommentThread t = CommentThread.builder().maxDepth(maxDepth).build(list);
        for (Node n : t.flatten()) {
            if (n.removed()) {
                assertThat(n.comment().isApproved()).isFalse();
                assertThat(hasApprovedBelow(n)).as("placeholder %s has an approved descendant", n).isTrue();
            } else {
                assertThat(n.comment().isApproved()).isTrue();
            }
        }
    }

    @Property(tries = 400)
    void everyReplyHangsUnderOneOfItsOwnAncestors(@ForAll("comments") List<Comment> list,
            @ForAll @IntRange(min = 1, max = 7) int maxDepth) {
        CommentThread t = CommentThread.builder().maxDepth(maxDepth).visibility(Visibility.ALL).build(list);
        Map<String, Comment> distinct = distinct(list);
        Set<String> breakers = new HashSet<>();
        t.cycles().forEach(c -> breakers.add(c.get(0)));
        Set<String> orphans = new HashSet<>();
        t.orphans().forEach(c -> orphans.add(c.id()));
        for (Node parent : t.flatten()) {
            for (Node reply : parent.replies()) {
                assertThat(ancestors(reply.comment().id(), distinct, breakers)).contains(parent.comment().id());
                if (reply.depth() < maxDepth) {
                    assertThat(reply.comment().parentId()).contains(parent.comment().id());
                }
            }
        }
        if (maxDepth > 1) {
            for (Node root : t.roots()) {
                String id = root.comment().id();
                assertThat(root.comment().parentId().isEmpty() || orphans.contains(id) || breakers.contains(id))
                        .as("root %s is top-level, an orphan or where a loop was broken", id).isTrue();
            }
        }
    }

    @Property(tries = 400)
    void loopsAreReportedAsRealLoopsAndEveryLoopIsReportedOnce(@ForAll("comments") List<Comment> list) {
        CommentThread t = CommentThread.of(list);
        Map<String, Comment> distinct = distinct(list);
        Set<String> reported = new HashSet<>();
        for (List<String> loop : t.cycles()) {
            for (int k = 0; k < loop.size(); k++) {
                String next = loop.get((k + 1) % loop.size());
                assertThat(distinct.get(loop.get(k)).parentId()).contains(next);
                assertThat(reported.add(loop.get(k))).as("each comment is in one loop").isTrue();
            }
        }
        for (String id : distinct.keySet()) {
            assertThat(reported.contains(id)).as("%s is on a loop", id).isEqualTo(onLoop(id, distinct));
        }
    }

    private static boolean hasApprovedBelow(Node n) {
        for (Node r : n.replies()) {
            if (!r.removed() || hasApprovedBelow(r)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Comment> distinct(List<Comment> list) {
        Map<String, Comment> out = new LinkedHashMap<>();
        list.forEach(c -> out.putIfAbsent(c.id(), c));
        return out;
    }

    /** The input ancestors of a comment, stopping where a loop was broken or an id repeats. */
    private static Set<String> ancestors(String id, Map<String, Comment> distinct, Set<String> breakers) {
        Set<String> out = new HashSet<>();
        String at = id;
        while (!breakers.contains(at)) {
            String p = distinct.get(at).parentId().orElse(null);
            if (p == null || !distinct.containsKey(p) || !out.add(p)) {
                break;
            }
            at = p;
        }
        return out;
    }

    private static boolean onLoop(String id, Map<String, Comment> distinct) {
        Map<String, Integer> seen = new HashMap<>();
        String at = id;
        while (at != null && distinct.containsKey(at) && seen.putIfAbsent(at, seen.size()) == null) {
            at = distinct.get(at).parentId().orElse(null);
        }
        return id.equals(at);
    }

    @Property(tries = 500)
    void siblingsAreSortedStablyAsListSortSortsThem(@ForAll("keys") List<Integer> keys,
            @ForAll @IntRange(min = 0, max = 5) int from) {
        int[] a = new int[keys.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        int start = Math.min(from, a.length);
        List<Integer> expected = new ArrayList<>();
        for (int i = start; i < a.length; i++) {
            expected.add(i);
        }
        expected.sort(Comparator.comparing(keys::get)); // stable: equal keys keep their order
        CommentThread.Builder.sort(a, start, a.length, (x, y) -> Integer.compare(keys.get(x), keys.get(y)),
                new int[a.length]);
        for (int i = 0; i < start; i++) {
            assertThat(a[i]).isEqualTo(i); // outside the range nothing moves
        }
        assertThat(java.util.Arrays.stream(a, start, a.length).boxed().toList()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<Integer>> keys() {
        // few distinct keys, so that most elements tie; lengths across the insertion sort's limit and the merges
        return Arbitraries.integers().between(0, 6).list().ofMaxSize(300);
    }
}
