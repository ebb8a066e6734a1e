package cn.helituan.app.member;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.StampWrites;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of the member list is kept while the roster is not written (V103's 'roster' stamp, MemberService.search):
 * every kind of write a page reads — a member, a membership, a work unit, the tree — raises the stamp in its own
 * transaction and a rollback leaves it as it was; other writes leave it alone. A search finds a renamed member on the
 * next read and loses an archived one from its total, and a transaction that has written reads its own write.
 */
class RosterStampTest extends FullStackTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MemberService members;

    private StampWrites stamps() {
        return new StampWrites(jdbc, transactions,
                "select coalesce(sum(n), 0) from todo_stamp where stamp = 'roster'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update member set post = coalesce(post, '') || '.' where id = (select min(id) from member)",
        "update membership set position = position where id = (select min(id) from membership)",
        "update work_unit set name = name || '.' where id = (select min(id) from work_unit)",
        "update unit set name = name || '.' where id = (select max(id) from unit)"})
    void everyWriteAPageReadsRaisesTheStampAndARollbackUndoesIt(String write) {
        stamps().assertRaisedAndUndone(write);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update demand set title = title || '.' where id = (select min(id) from demand)",
        "update activity set title = title || '.' where id = (select min(id) from activity)"})
    void writesOfWhatThePagesDoNotReadLeaveTheStampAlone(String write) {
        stamps().assertLeftAlone(write);
    }

    @Test
    void aSearchFollowsARenameAndAnArchivingOnTheNextRead() {
        long id = jdbc.queryForObject("select min(id) from member where not archived", Long.class);
        String name = jdbc.queryForObject("select name from member where id = ?", String.class, id);
        long live = search(null).getTotalElements();
        assertThat(search("蓝莓园丁")).as("nobody of that name yet").isEmpty();
        assertThat(search("蓝莓园丁")).isEmpty();

        try {
            jdbc.update("update member set name = '蓝莓园丁' where id = ?", id);
            assertThat(search("蓝莓园丁")).as("renamed: found on the next read").extracting(MemberRow::id)
                    .containsExactly(id);
            jdbc.update("update member set archived = true where id = ?", id);
            assertThat(search("蓝莓园丁")).as("archived: gone from the live list").isEmpty();
            assertThat(search(null).getTotalElements()).as("and from its total").isEqualTo(live - 1);

            long[] inside = {0};
            transactions.executeWithoutResult(status -> {
                jdbc.update("update member set archived = false where id = ?", id);
                inside[0] = search("蓝莓园丁").getTotalElements();
                status.setRollbackOnly();
            });
            assertThat(inside[0]).as("a transaction that has written reads its own write").isEqualTo(1);
            assertThat(search("蓝莓园丁")).as("and kept nothing of it: rolled back").isEmpty();
        } finally {
            jdbc.update("update member set name = ?, archived = false where id = ?", name, id);
        }
        assertThat(search(null).getTotalElements()).as("restored").isEqualTo(live);
    }

    private Page<MemberRow> search(String text) {
        return members.search(Scope.system(), new MemberQuery(text, null, null, null, null, false, null),
                PageRequest.of(0, 20));
    }
}
