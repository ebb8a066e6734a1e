package cn.helituan.persistence.history;

import static cn.helituan.persistence.PersistenceTestApplication.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.history.DryRun;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.persistence.PersistenceTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryTest extends PersistenceTest {

    private static final MemberDetails WANG = details("王芳", "13900000001", "内科", "主治医师", true, MemberType.CADRE);

    @Autowired
    private History history;

    private WorkUnit hospital;
    private Member wang;

    @BeforeEach
    void member() {
        hospital = workUnit("县医院", WorkUnitKind.HOSPITAL);
        wang = member(WANG, hospital);
    }

    private List<Map<String, Object>> rows(String type, Long id) {
        return jdbc.queryForList("""
                select action, field, old_value, new_value, changed_by from record_history
                where entity_type = ? and entity_id = ? order by id""", type, id);
    }

    private List<Map<String, Object>> updates(String type, Long id) {
        return rows(type, id).stream().filter(r -> "UPDATED".equals(r.get("action"))).toList();
    }

    private static MemberDetails with(String name, String post, MemberType type) {
        return details(name, WANG.mobile(), WANG.specialty(), post, WANG.partyMember(), type);
    }

    @Test
    void creatingAMemberWritesOneCreatedRowByTheAuditor() {
        assertThat(rows("Member", wang.getId())).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("CREATED");
            assertThat(row.get("field")).isNull();
            assertThat(row.get("changed_by")).isEqualTo(AUDITOR);
        });
    }

    @Test
    void editingTwoFieldsWritesTwoRowsWithOldAndNewValues() {
        wang.apply(with("王芳华", "副主任医师", MemberType.CADRE), hospital);
        em.flush();

        assertThat(updates("Member", wang.getId()))
                .extracting(r -> r.get("field"), r -> r.get("old_value"), r -> r.get("new_value"),
                        r -> r.get("changed_by"))
                .containsExactlyInAnyOrder(
                        tuple("name", "王芳", "王芳华", AUDITOR),
                        tuple("post", "主治医师", "副主任医师", AUDITOR));
    }

    @Test
    void enumsAndReferencesAreWrittenReadably() {
        WorkUnit bureau = workUnit("县卫生健康局", WorkUnitKind.PARTY_GOVERNMENT);

        wang.apply(with("王芳", "主治医师", MemberType.DOCTOR), bureau);
        em.flush();

        assertThat(updates("Member", wang.getId()))
                .extracting(r -> r.get("field"), r -> r.get("old_value"), r -> r.get("new_value"))
                .containsExactlyInAnyOrder(
                        tuple("type", "MemberType.CADRE", "MemberType.DOCTOR"),
                        tuple("workUnit", "县医院", "县卫生健康局"));
    }

    @Test
    void aDryRunLeavesNoHistoryOfWhatItWrites() {
        assertThat(DryRun.active()).isFalse();
        DryRun.begin();
        Member li = member(details("李明", "13900000002", null, null, false, MemberType.CADRE), hospital);
        wang.apply(with("王芳华", "副主任医师", MemberType.CADRE), hospital);
        em.flush();

        assertThat(jdbc.queryForObject("select count(*) from member where id = ?", Long.class, li.getId()))
                .isEqualTo(1);
        assertThat(rows("Member", li.getId())).isEmpty();
        assertThat(updates("Member", wang.getId())).isEmpty();
    }

    @Test
    void aSaveWithoutChangesWritesNothing() {
        wang.apply(WANG, hospital);
        em.flush();

        assertThat(rows("Member", wang.getId())).extracting(r -> r.get("action")).containsExactly("CREATED");
    }

    @Test
    void secretsAndCountersAreLeftOut() {
        Unit county = unit(null, UnitKind.TEAM, "岚皋县合力团");
        Account account = new Account("wangfang", "{bcrypt}old", "王芳");
        account.assign(Role.ORG_ADMIN, county, null, null);
        em.persistAndFlush(account);
        Instant now = Instant.parse("2025-03-03T02:00:00Z");

        account.succeededLogin(now);
        em.flush();
        assertThat(account.getVersion()).as("the sign-in's time was saved").isEqualTo(1);
        assertThat(updates("Account", account.getId())).isEmpty();

        account.changePassword("{bcrypt}new", now);
        em.flush();
        assertThat(updates("Account", account.getId())).extracting(r -> r.get("field"))
                .containsExactlyInAnyOrder("mustChangePassword", "passwordChangedAt")
                .doesNotContain("passwordHash", "lastLoginAt");
    }

    @Test
    void aUnitsPlaceInTheTreeIsNotHistory() {
        Unit county = unit(null, UnitKind.TEAM, "岚皋县合力团");

        assertThat(county.getPath()).isEqualTo("/" + county.getId() + "/");
        assertThat(rows("Unit", county.getId())).extracting(r -> r.get("action")).containsExactly("CREATED");
    }

    @Test
    void theHistoryGroupsTheRowsOfOneSaveNewestFirst() {
        wang.apply(with("王芳华", "副主任医师", MemberType.CADRE), hospital);
        em.flush();
        wang.apply(with("王芳华", "副主任医师", MemberType.DOCTOR), hospital);
        em.flush();

        List<HistoryEntry> entries = history.of(Member.class, wang.getId());

        assertThat(entries).extracting(HistoryEntry::action, HistoryEntry::by)
                .containsExactly(tuple("UPDATED", AUDITOR), tuple("UPDATED", AUDITOR), tuple("CREATED", AUDITOR));
        assertThat(entries.get(0).changes()).containsExactly(
                new HistoryEntry.Change("type", "MemberType.CADRE", "MemberType.DOCTOR"));
        assertThat(entries.get(1).changes()).containsExactlyInAnyOrder(
                new HistoryEntry.Change("name", "王芳", "王芳华"),
                new HistoryEntry.Change("post", "主治医师", "副主任医师"));
        assertThat(entries.get(2).changes()).isEmpty();
        assertThat(entries.get(0).at()).isAfter(entries.get(2).at());
        assertThat(history.of(WorkUnit.class, hospital.getId())).extracting(HistoryEntry::action)
                .containsExactly("CREATED");
    }

    @Test
    void theHistoriesOfARecordAndItsPartsAreReadTogetherEachWithItsType() {
        Member li = member(details("李强", "13900000002", "农技", "农艺师", false, MemberType.EXPERT), hospital);
        Member notAsked = member(details("赵敏", "13900000003", "教育", "教师", false, MemberType.TEACHER), hospital);
        wang.apply(with("王芳华", "主治医师", MemberType.CADRE), hospital);
        em.flush();

        Map<Class<?>, List<Long>> records = new java.util.LinkedHashMap<>();
        records.put(WorkUnit.class, List.of(hospital.getId()));
        records.put(Member.class, List.of(wang.getId(), li.getId()));
        List<History.TypedEntry> entries = history.of(records);

        assertThat(entries).extracting(History.TypedEntry::type, e -> e.entry().recordId(), e -> e.entry().action())
                .containsExactly(
                        tuple("Member", wang.getId(), "UPDATED"),
                        tuple("Member", li.getId(), "CREATED"),
                        tuple("Member", wang.getId(), "CREATED"),
                        tuple("WorkUnit", hospital.getId(), "CREATED"));
        assertThat(entries.get(0).entry().changes())
                .containsExactly(new HistoryEntry.Change("name", "王芳", "王芳华"));
        assertThat(entries).noneMatch(e -> e.entry().recordId() == notAsked.getId());
        assertThat(history.of(Map.of(Member.class, List.<Long>of()))).isEmpty();
    }

    @Test
    void aPartWithAYearOfSavesDoesNotPushTheRecordsOwnHistoryOut() {
        em.flush();
        jdbc.update("""
                insert into record_history (entity_type, entity_id, action, field, old_value, new_value, changed_at,
                                            changed_by)
                select 'WorkUnit', ?, 'UPDATED', 'name', 'n' || i, 'n' || (i + 1),
                       now() + make_interval(secs => i), 'editor'
                from generate_series(1, 600) i""", hospital.getId());

        Map<Class<?>, List<Long>> records = new java.util.LinkedHashMap<>();
        records.put(Member.class, List.of(wang.getId()));
        records.put(WorkUnit.class, List.of(hospital.getId()));
        List<History.TypedEntry> entries = history.of(records);

        assertThat(entries).filteredOn(e -> e.type().equals("WorkUnit")).hasSize(500);
        assertThat(entries).filteredOn(e -> e.type().equals("Member")).extracting(e -> e.entry().action())
                .containsExactly("CREATED");
    }
}
