package cn.helituan.persistence.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.history.BulkInserts;
import cn.helituan.domain.history.DryRun;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.persistence.PersistenceTest;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rows copied in bulk (the large imports): ids that neither JPA's pooled ids nor a plain insert ever hand out, the
 * values as written (text with tabs, backslashes and line breaks, nulls, dates, times), their CREATED history, none
 * in a dry run, and a JPA save of the same transaction visible to the copied rows.
 */
class BulkInsertsTest extends PersistenceTest {

    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

    @Autowired
    private BulkInserts bulk;
    @Autowired
    private CopiedRows copied;

    @Test
    void copiedRowsGetIdsNoSaveOrInsertHasAndKeepTheirValuesAndHistory() {
        BulkInserts.Ids ids = bulk.ids("work_unit");
        Set<Long> seen = new HashSet<>();
        try (BulkInserts.Copy copy = bulk.copy("work_unit", "WorkUnit", AT, "导入员", "id", "name", "kind",
                "created_at", "created_by")) {
            for (int i = 0; i < 120; i++) {
                long id = ids.next();
                assertThat(seen.add(id)).as("id %s handed out once", id).isTrue();
                copy.row(id, i == 0 ? "县\t医院\\一\n院" : "单位" + i, WorkUnitKind.HOSPITAL, AT, "导入员");
                if (i % 40 == 0) {
                    WorkUnit saved = workUnit("保存的单位" + i, WorkUnitKind.STATE_ENTERPRISE);
                    assertThat(seen.add(saved.getId())).as("saved id %s not a copied one", saved.getId()).isTrue();
                }
            }
            assertThat(copy.rows()).isEqualTo(120);
        }
        Long inserted = jdbc.queryForObject("""
                insert into work_unit (name, kind, created_at, created_by) values ('直接写入', 'HOSPITAL', now(), 'sql')
                returning id""", Long.class);
        assertThat(seen).doesNotContain(inserted);

        Long first = seen.stream().min(Long::compare).orElseThrow();
        Map<String, Object> row = jdbc.queryForMap("select name, kind, created_at, created_by from work_unit"
                + " where name like '县%'");
        assertThat(row.get("name")).isEqualTo("县\t医院\\一\n院");
        assertThat(row.get("kind")).isEqualTo("HOSPITAL");
        assertThat(((java.sql.Timestamp) row.get("created_at")).toInstant()).isEqualTo(AT);
        assertThat(jdbc.queryForObject("select count(*) from work_unit where created_by = '导入员'", Long.class))
                .isEqualTo(120);
        List<Map<String, Object>> history = jdbc.queryForList("""
                select h.action, h.changed_by, h.changed_at from record_history h join work_unit w on w.id = h.entity_id
                where h.entity_type = 'WorkUnit' and w.created_by = '导入员'""");
        assertThat(history).hasSize(120).allSatisfy(h -> {
            assertThat(h.get("action")).isEqualTo("CREATED");
            assertThat(h.get("changed_by")).isEqualTo("导入员");
            assertThat(((java.sql.Timestamp) h.get("changed_at")).toInstant()).isEqualTo(AT);
        });
        assertThat(first).isPositive();
    }

    @Test
    void aCopiedRowMayReferToARecordSavedJustBeforeAndADryRunWritesNoHistory() {
        DryRun.begin();
        Unit group = unit(null, UnitKind.TEAM, "合力团");
        Member member = new Member(details("王明", "13900009999", null, null, true, MemberType.CADRE),
                workUnit("县医院", WorkUnitKind.HOSPITAL));
        em.persist(member); // not flushed: the copy flushes it first
        long id = bulk.ids("membership").next();
        try (BulkInserts.Copy copy = bulk.copy("membership", "Membership", AT, "导入员", "id", "member_id",
                "unit_id", "position", "joined_on", "created_at", "created_by")) {
            copy.row(id, member.getId(), group.getId(), Position.MEMBER, LocalDate.of(2026, 3, 1), AT, "导入员");
        }
        assertThat(jdbc.queryForMap("select member_id, joined_on from membership where id = ?", id))
                .containsEntry("member_id", member.getId())
                .containsEntry("joined_on", java.sql.Date.valueOf(LocalDate.of(2026, 3, 1)));
        assertThat(jdbc.queryForObject("select count(*) from record_history where entity_type = 'Membership'"
                + " and entity_id = ?", Long.class, id)).isZero();
    }

    /**
     * A batch's end brings the planner's row counts of the tables the transaction copied into up to date, so that the
     * next batch's look-ups are planned for the table as it now is (an import's look-up planned for a handful of rows
     * read the whole table on every batch).
     */
    @Test
    void aBatchEndTellsThePlannerOfTheRowsCopiedSoFar() {
        BulkInserts.Ids ids = bulk.ids("work_unit");
        try (BulkInserts.Copy copy = bulk.copy("work_unit", "WorkUnit", AT, "导入员", "id", "name", "kind",
                "created_at", "created_by")) {
            for (int i = 0; i < 3000; i++) {
                copy.row(ids.next(), "单位" + i, WorkUnitKind.HOSPITAL, AT, "导入员");
            }
        }
        String planned = "select reltuples from pg_class where relname = ?";
        assertThat(jdbc.queryForObject(planned, Double.class, "work_unit")).as("before the batch's end").isLessThan(3000);

        copied.analyzeWhereBehind();

        assertThat(jdbc.queryForObject(planned, Double.class, "work_unit")).isGreaterThanOrEqualTo(3000);
        assertThat(jdbc.queryForObject(planned, Double.class, "record_history")).isGreaterThanOrEqualTo(3000);
    }
}
