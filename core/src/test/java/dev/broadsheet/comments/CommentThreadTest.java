package dev.broadsheet.comments;

import static dev.broadsheet.comments.Threads.c;
import static dev.broadsheet.comments.Threads.ok;
import static dev.broadsheet.comments.Threads.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.comments.CommentThread.Order;
import dev.broadsheet.comments.CommentThread.Visibility;
import dev.broadsheet.model.Comment;
import dev.broadsheet.model.CommentStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CommentThreadTest {

    @Test
    void repliesNestUnderTheirParentsOldestFirst() {
        CommentThread t = CommentThread.of(List.of(ok("b", null, 2), ok("a", null, 1), ok("a2", "a", 4),
                ok("a1", "a", 3)));
        assertThat(shape(t.roots())).isEqualTo("a[a1 a2] b");
        assertThat(t.approvedCount()).isEqualTo(4);
        assertThat(t.roots().get(0).replies().get(0).depth()).isEqualTo(2);
    }

    @Test
    void pagesHoldWholeThreadsInOrderAndALargeThreadFillsAPageAlone() {
        // threads of 3 (a), 1 (b), 4 (c), 1 (d) and 1 (e) comments
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1), ok("a1", "a", 2), ok("a2", "a", 3),
                ok("b", null, 4), ok("c", null, 5), ok("c1", "c", 6), ok("c2", "c", 7), ok("c11", "c1", 8),
                ok("d", null, 9), ok("e", null, 10)));
        assertThat(t.pageCount(4)).isEqualTo(3);
        assertThat(shape(t.page(4, 1))).isEqualTo("a[a1 a2] b");
        assertThat(shape(t.page(4, 2))).isEqualTo("c[c1[c11] c2]");
        assertThat(shape(t.page(4, 3))).isEqualTo("d e");
        assertThat(t.pageCount(2)).isEqualTo(4); // a (3) and c (4) are each larger than a page
        assertThat(shape(t.page(2, 1))).isEqualTo("a[a1 a2]");
        assertThat(shape(t.page(2, 2))).isEqualTo("b");
        assertThat(shape(t.page(2, 3))).isEqualTo("c[c1[c11] c2]");
        assertThat(shape(t.page(2, 4))).isEqualTo("d e");
        assertThat(t.pageCount(4)).isEqualTo(3); // asked again after another size: computed again, not stale
        assertThat(shape(t.page(4, 2))).isEqualTo("c[c1[c11] c2]");
        assertThat(t.pageCount(Integer.MAX_VALUE)).isEqualTo(1);
        assertThat(t.page(Integer.MAX_VALUE, 1)).isEqualTo(t.roots());
        assertThat(t.pageCount(10)).isEqualTo(1);
    }

    @Test
    void pagingCountsPlaceholdersAndGivesAnEmptyThreadOneEmptyPage() {
        CommentThread t = CommentThread.of(List.of(c("a", null, CommentStatus.TRASH, 1), ok("a1", "a", 2),
                ok("b", null, 3)));
        assertThat(t.pageCount(2)).isEqualTo(2);
        assertThat(shape(t.page(2, 1))).isEqualTo("ax[a1]");
        CommentThread empty = CommentThread.of(List.of());
        assertThat(empty.pageCount(50)).isEqualTo(1);
        assertThat(empty.page(50, 1)).isEmpty();
    }

    @Test
    void pagingRejectsPageSizesBelowOneAndPagesOutsideTheThread() {
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1), ok("b", null, 2)));
        assertThatThrownBy(() -> t.pageCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("perPage must be at least 1, was 0");
        assertThatThrownBy(() -> t.page(1, 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("page must be 1 to 2, was 3");
        assertThatThrownBy(() -> t.page(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void newestFirstReversesEveryLevel() {
        CommentThread t = CommentThread.builder().order(Order.NEWEST_FIRST).build(List.of(ok("a", null, 1),
                ok("b", null, 2), ok("a1", "a", 3), ok("a2", "a", 4)));
        assertThat(shape(t.roots())).isEqualTo("b a[a2 a1]");
    }

    @Test
    void aCustomOrderIsUsedAndTiesKeepListOrder() {
        CommentThread byId = CommentThread.builder().order(Comparator.comparing(Comment::id))
                .build(List.of(ok("b", null, 1), ok("a", null, 2)));
        assertThat(shape(byId.roots())).isEqualTo("a b");
        CommentThread ties = CommentThread.of(List.of(ok("z", null, 1), ok("y", null, 1), ok("x", null, 1)));
        assertThat(shape(ties.roots())).isEqualTo("z y x");
    }

    @Test
    void aRemovedCommentWithApprovedRepliesStaysAsAPlaceholder() {
        CommentThread t = CommentThread.of(List.of(c("a", null, CommentStatus.TRASH, 1), ok("a1", "a", 2),
                c("b", null, CommentStatus.SPAM, 3), c("b1", "b", CommentStatus.PENDING, 4)));
        assertThat(shape(t.roots())).isEqualTo("ax[a1]");
        assertThat(t.roots().get(0).removed()).isTrue();
        assertThat(t.approvedCount()).isEqualTo(1);
    }

    @Test
    void placeholdersChainUpToTheTopWhenOnlyADeepReplyIsApproved() {
        CommentThread t = CommentThread.of(List.of(c("a", null, CommentStatus.PENDING, 1),
                c("a1", "a", CommentStatus.TRASH, 2), ok("a11", "a1", 3)));
        assertThat(shape(t.roots())).isEqualTo("ax[a1x[a11]]");
    }

    @Test
    void noPlaceholderStandsAtTheMaximumDepthWhereItsRepliesStandBesideIt() {
        CommentThread t = CommentThread.builder().maxDepth(2).build(List.of(ok("a", null, 1),
                c("a1", "a", CommentStatus.TRASH, 2), ok("a11", "a1", 3)));
        assertThat(shape(t.roots())).isEqualTo("a[a11]");
        CommentThread flat = CommentThread.builder().maxDepth(1).build(List.of(c("a", null, CommentStatus.SPAM, 1),
                ok("a1", "a", 2)));
        assertThat(shape(flat.roots())).isEqualTo("a1");
    }

    @Test
    void theModerationTreeHoldsEveryCommentWithoutPlaceholders() {
        CommentThread t = CommentThread.builder().visibility(Visibility.ALL).build(List.of(
                c("a", null, CommentStatus.TRASH, 1), c("b", null, CommentStatus.PENDING, 2), ok("b1", "b", 3)));
        assertThat(shape(t.roots())).isEqualTo("a b[b1]");
        assertThat(t.approvedCount()).isEqualTo(1);
    }

    @Test
    void orphansAreReportedAndShownAtTheTop() {
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1), ok("o", "gone", 2), ok("o1", "o", 3)));
        assertThat(shape(t.roots())).isEqualTo("a o[o1]");
        assertThat(t.orphans()).extracting(Comment::id).containsExactly("o");
    }

    @Test
    void aLoopIsReportedAndBrokenAtItsFirstMemberSoNoApprovedCommentIsLost() {
        // x -> y -> z -> x, and r replies to y
        CommentThread t = CommentThread.of(List.of(ok("top", null, 0), ok("y", "x", 2), ok("r", "y", 4),
                ok("x", "z", 1), ok("z", "y", 3)));
        assertThat(t.cycles()).containsExactly(List.of("y", "x", "z"));
        assertThat(shape(t.roots())).isEqualTo("top y[z[x] r]");
        assertThat(t.flatten()).hasSize(5);
    }

    @Test
    void twoCommentsReplyingToEachOtherAreOneLoop() {
        CommentThread t = CommentThread.of(List.of(ok("p", "q", 1), ok("q", "p", 2)));
        assertThat(t.cycles()).containsExactly(List.of("p", "q"));
        assertThat(shape(t.roots())).isEqualTo("p[q]");
    }

    @Test
    void separateLoopsAreReportedInListOrder() {
        CommentThread t = CommentThread.of(List.of(ok("d", "c", 1), ok("a", "b", 2), ok("b", "a", 3),
                ok("c", "d", 4)));
        assertThat(t.cycles()).containsExactly(List.of("d", "c"), List.of("a", "b"));
    }

    @Test
    void aSecondCommentWithTheSameIdIsReportedAndLeftOut() {
        Comment first = ok("a", null, 1);
        Comment second = c("a", null, CommentStatus.APPROVED, 9);
        CommentThread t = CommentThread.of(List.of(first, second));
        assertThat(t.duplicates()).containsExactly(second);
        assertThat(t.flatten()).extracting(CommentThread.Node::comment).containsExactly(first);
        assertThat(t.approvedCount()).isEqualTo(1);
    }

    @Test
    void repliesBelowTheMaximumDepthAttachToTheDeepestAllowedAncestor() {
        List<Comment> chain = chain(8);
        CommentThread t = CommentThread.of(chain);
        assertThat(shape(t.roots())).isEqualTo("c0[c1[c2[c3[c4 c5 c6 c7]]]]");
        assertThat(t.flatten()).allSatisfy(n -> assertThat(n.depth()).isLessThanOrEqualTo(5));
        assertThat(t.find("c7").orElseThrow().depth()).isEqualTo(5);
    }

    @Test
    void aMaximumDepthOfOneGivesAFlatThreadThatKeepsEveryReply() {
        CommentThread t = CommentThread.builder().maxDepth(1).build(List.of(ok("a", null, 1), ok("b", null, 5),
                ok("a1", "a", 2), ok("a11", "a1", 3)));
        assertThat(shape(t.roots())).isEqualTo("a a1 a11 b");
        assertThat(t.flatten()).allSatisfy(n -> assertThat(n.depth()).isEqualTo(1));
    }

    @Test
    void theMaximumDepthIsBounded() {
        assertThatThrownBy(() -> CommentThread.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth").hasMessageContaining("0");
        assertThatThrownBy(() -> CommentThread.builder().maxDepth(CommentThread.MAX_DEPTH_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
        assertThat(CommentThread.builder().maxDepth(CommentThread.MAX_DEPTH_LIMIT).build(chain(300)).flatten())
                .hasSize(300);
    }

    @Test
    void findLooksUpNodesOfThisThread() {
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1), c("p", null, CommentStatus.PENDING, 2)));
        assertThat(t.find("a")).isPresent();
        assertThat(t.find("p")).isEmpty();
        assertThat(t.find("nope")).isEmpty();
    }

    @Test
    void idsWithTheSameHashAreStillDifferentComments() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        CommentThread t = CommentThread.of(List.of(ok("Aa", null, 1), ok("BB", null, 2), ok("r", "BB", 3),
                ok("BB", null, 4), ok("AaBB", null, 5), ok("BBAa", "Aa", 6)));
        assertThat(t.duplicates()).extracting(Comment::id).containsExactly("BB");
        assertThat(t.find("BB").orElseThrow().replies()).extracting(n -> n.comment().id()).containsExactly("r");
        assertThat(t.find("Aa").orElseThrow().replies()).extracting(n -> n.comment().id()).containsExactly("BBAa");
        assertThat(t.roots()).extracting(n -> n.comment().id()).containsExactly("Aa", "BB", "AaBB");
    }

    @Test
    void flattenIsDepthFirstInDisplayOrder() {
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1), ok("b", null, 2), ok("a1", "a", 3),
                ok("a11", "a1", 4), ok("a2", "a", 5)));
        assertThat(t.flatten()).extracting(n -> n.comment().id()).containsExactly("a", "a1", "a11", "a2", "b");
    }

    @Test
    void anEmptyListGivesAnEmptyThreadAndNullsAreRefused() {
        assertThat(CommentThread.of(List.of()).roots()).isEmpty();
        assertThatThrownBy(() -> CommentThread.of(Arrays.asList(ok("a", null, 1), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("null");
    }

    @Test
    void theThreadsListsAreUnmodifiable() {
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1), ok("a1", "a", 2)));
        assertThatThrownBy(() -> t.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.roots().get(0).replies().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nodesNeverPrintTheAuthorsPrivateFields() {
        CommentThread t = CommentThread.of(List.of(ok("a", null, 1)));
        assertThat(t.roots().get(0).toString()).contains("a").doesNotContain("reader@").doesNotContain("192.0.2.1");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aChainOfAHundredThousandCommentsBuildsQuickly() {
        List<Comment> chain = chain(100_000);
        CommentThread t = CommentThread.of(chain);
        assertThat(t.flatten()).hasSize(100_000);
        CommentThread deep = CommentThread.builder().maxDepth(CommentThread.MAX_DEPTH_LIMIT).build(chain);
        assertThat(deep.flatten()).hasSize(100_000);
        CommentThread reversed = CommentThread.of(reverse(chain));
        assertThat(reversed.flatten()).hasSize(100_000);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLoopOfAHundredThousandCommentsIsReportedOnceAndShown() {
        List<Comment> loop = new ArrayList<>(chain(100_000));
        loop.set(0, ok("c0", "c99999", 0));
        CommentThread t = CommentThread.of(loop);
        assertThat(t.cycles()).hasSize(1);
        assertThat(t.cycles().get(0)).hasSize(100_000).startsWith("c0");
        assertThat(t.flatten()).hasSize(100_000);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHundredThousandPlaceholderAncestorsAndOneApprovedLeafBuildQuickly() {
        List<Comment> list = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            list.add(c("c" + i, i == 0 ? null : "c" + (i - 1), CommentStatus.TRASH, i));
        }
        list.add(ok("leaf", "c99999", 100_001));
        for (int i = 0; i < 100_000; i++) {
            list.add(ok("w" + i, "c0", i)); // a wide level too
        }
        CommentThread t = CommentThread.of(list);
        assertThat(t.approvedCount()).isEqualTo(100_001);
        assertThat(t.flatten()).filteredOn(n -> !n.removed()).hasSize(100_001);
    }

    static List<Comment> chain(int n) {
        List<Comment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ok("c" + i, i == 0 ? null : "c" + (i - 1), i));
        }
        return out;
    }

    private static List<Comment> reverse(List<Comment> list) {
        List<Comment> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }
}
