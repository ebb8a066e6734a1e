package cn.helituan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;

/**
 * Ids of the mapped records (V38): each from its own table's sequence, 50 at a time, unique alongside SQL inserts
 * that take the column default; and SQL run after a save sees the saved record (the flush comes first).
 */
class PooledIdsTest extends PersistenceTest {

    @Test
    void everyMappedTableHandsOutItsIdsFiftyAtATimeFromItsOwnSequence() {
        List<String> tables = new ArrayList<>();
        em.getEntityManager().getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(persister -> {
                    if (AuditedEntity.class.isAssignableFrom(persister.getMappedClass())
                            && persister instanceof AbstractEntityPersister p) {
                        tables.add(p.getTableName());
                    }
                });
        assertThat(tables).contains("member", "membership", "unit", "activity", "import_record");
        for (String table : tables) {
            assertThat(jdbc.queryForObject("""
                    select s.increment_by from pg_sequences s
                    where s.schemaname || '.' || s.sequencename = pg_get_serial_sequence(?, 'id')""", Long.class,
                    table)).as("the id sequence of %s", table).isEqualTo(50L);
        }

        Member member = member(details("王芳", "13900000001", null, null, true, MemberType.CADRE),
                workUnit("县医院", WorkUnitKind.HOSPITAL));
        long last = jdbc.queryForObject("select last_value from member_id_seq", Long.class);
        assertThat(member.getId()).isBetween(last - 49, last);
    }

    @Test
    void recordsSavedBetweenPlainSqlInsertsGetIdsNoneOfThemHas() {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            WorkUnit saved = workUnit("单位" + i, WorkUnitKind.STATE_ENTERPRISE);
            Long inserted = jdbc.queryForObject("""
                    insert into work_unit (name, kind, created_at, created_by) values (?, 'STATE_ENTERPRISE', now(), 'sql')
                    returning id""", Long.class, "直接写入的单位" + i);
            assertThat(ids.add(saved.getId())).as("id %s given once", saved.getId()).isTrue();
            assertThat(ids.add(inserted)).as("id %s given once", inserted).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(distinct id) from work_unit where name like '%单位%'",
                Long.class)).isEqualTo(120);
    }

    @Test
    void sqlAfterASaveSeesTheSavedRecordAndItsHistory() {
        WorkUnit hospital = workUnit("县医院", WorkUnitKind.HOSPITAL);
        List<Member> saved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Member m = new Member(details("李" + i, "1390000001" + i, null, null, false, MemberType.CADRE), hospital);
            em.persist(m);
            saved.add(m);
        }
        // not flushed: the inserts wait for the flush, which the SQL below brings about
        List<Long> ids = saved.stream().map(Member::getId).toList();
        assertThat(jdbc.queryForObject("select count(*) from member where id = any(?)", Long.class,
                (Object) ids.toArray(Long[]::new))).isEqualTo(3);
        assertThat(jdbc.queryForList("""
                select entity_id from record_history
                where entity_type = 'Member' and action = 'CREATED' and entity_id = any(?)""", Long.class,
                (Object) ids.toArray(Long[]::new))).containsExactlyInAnyOrderElementsOf(ids);
    }
}
