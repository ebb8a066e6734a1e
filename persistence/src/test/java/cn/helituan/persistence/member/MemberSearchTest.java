package cn.helituan.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.persistence.PersistenceTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

class MemberSearchTest extends PersistenceTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 3, 1);

    @Autowired
    private Members members;

    @Autowired
    private EntityManagerFactory emf;

    private WorkUnit hospital;
    private WorkUnit agriculture;
    private Unit townA;
    private Unit townB;
    private Unit groupA;
    private Unit groupB;

    @BeforeEach
    void roster() {
        hospital = workUnit("县医院", WorkUnitKind.HOSPITAL);
        agriculture = workUnit("县农业农村局", WorkUnitKind.PARTY_GOVERNMENT);
        Unit county = unit(null, UnitKind.TEAM, "岚皋县合力团");
        townA = unit(county, UnitKind.SUB_TEAM, "城关镇服务团");
        townB = unit(county, UnitKind.SUB_TEAM, "佐龙镇服务团");
        groupA = unit(townA, UnitKind.GROUP, "健康服务队");
        groupB = unit(townB, UnitKind.GROUP, "产业共建服务队");

        Member wang = member(details("王芳", "13900000001", "内科义诊", "主治医师", true, MemberType.DOCTOR), hospital);
        Member li = member(details("李强", "13900000002", "Kiwi 猕猴桃种植 500亩", "高级农艺师", false,
                MemberType.AGRONOMIST), agriculture);
        Member zhang = member(details("张伟", "13900000003", "村集体经济 50%增收", "科员", true, MemberType.CADRE),
                agriculture);
        Member zhao = member(details("赵敏", "13900000004", "妇产科", "副主任医师", true, MemberType.DOCTOR),
                hospital);
        member(details("刘洋", "13900000005", "电商_直播", "站长", false, MemberType.ENTREPRENEUR), agriculture);

        membership(wang, groupA, JOINED);
        membership(li, groupB, JOINED);
        membership(zhang, groupA, JOINED).leave(JOINED.plusMonths(6));
        membership(zhang, groupB, JOINED.plusMonths(6));
        membership(zhao, groupA, JOINED).leave(JOINED.plusMonths(1));
        zhao.archive();
        em.flush();
        em.clear();
    }

    private List<String> names(MemberQuery query, String prefix) {
        return members.search(query, prefix, PageRequest.of(0, 50)).map(MemberRow::name).getContent();
    }

    private List<String> text(String text) {
        return names(new MemberQuery(text, null, null, null, null, false), "");
    }

    @Test
    void textMatchesNameMobileSpecialtyAndPost() {
        assertThat(text("王芳")).containsExactly("王芳");
        assertThat(text("13900000002")).containsExactly("李强");
        assertThat(text("猕猴桃")).containsExactly("李强");
        assertThat(text("科员")).containsExactly("张伟");
        assertThat(text("医师")).containsExactly("王芳");
        assertThat(text("  农艺师 ")).containsExactly("李强");
    }

    @Test
    void textIgnoresCase() {
        assertThat(text("kiwi")).containsExactly("李强");
        assertThat(text("KIWI")).containsExactly("李强");
    }

    @Test
    void percentAndUnderscoreInTheTextAreLiteral() {
        assertThat(text("50%")).containsExactly("张伟");
        assertThat(text("%")).containsExactly("张伟");
        assertThat(text("_")).containsExactly("刘洋");
        assertThat(text("电商_直播")).containsExactly("刘洋");
        assertThat(text("\\")).isEmpty();
    }

    @Test
    void filtersByWorkUnitTypeAndPartyMembership() {
        assertThat(names(new MemberQuery(null, null, hospital.getId(), null, null, false), ""))
                .containsExactly("王芳");
        assertThat(names(new MemberQuery(null, null, null, MemberType.AGRONOMIST, null, false), ""))
                .containsExactly("李强");
        assertThat(names(new MemberQuery(null, null, null, null, true, false), ""))
                .containsExactlyInAnyOrder("王芳", "张伟");
        assertThat(names(new MemberQuery(null, null, null, null, false, false), ""))
                .containsExactlyInAnyOrder("李强", "刘洋");
    }

    @Test
    void aUnitFilterFindsTheCurrentMembersOfItsWholeSubtreeOnce() {
        assertThat(names(new MemberQuery(null, groupA.getId(), null, null, null, false), "")).containsExactly("王芳");
        assertThat(names(new MemberQuery(null, groupA.getId(), null, null, null, true), "")).containsExactly("王芳");
        assertThat(names(new MemberQuery(null, groupB.getId(), null, null, null, false), ""))
                .containsExactlyInAnyOrder("李强", "张伟");
        assertThat(names(new MemberQuery(null, townA.getId(), null, null, null, false), ""))
                .as("the sub-team's groups' current members, not its former ones").containsExactly("王芳");

        Unit groupC = unit(townB, UnitKind.GROUP, "电商服务队");
        membership(em.find(Member.class, memberId("李强")), groupC, JOINED);
        em.flush();
        MemberQuery townBQuery = new MemberQuery(null, townB.getId(), null, null, null, false);
        assertThat(names(townBQuery, "")).as("李强 sits in two of its groups: once")
                .containsExactlyInAnyOrder("张伟", "李强");
        assertThat(members.search(townBQuery, "", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
    }

    private long memberId(String name) {
        return em.getEntityManager().createQuery("select m.id from Member m where m.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }

    @Test
    void theScopePrefixKeepsOutMembersWhoWereNeverInsideIt() {
        assertThat(names(MemberQuery.all(), townA.getPath())).containsExactlyInAnyOrder("王芳", "张伟");
        assertThat(names(MemberQuery.all(), townB.getPath())).containsExactlyInAnyOrder("李强", "张伟");
        assertThat(names(MemberQuery.all(), groupB.getPath())).containsExactlyInAnyOrder("李强", "张伟");
        assertThat(names(MemberQuery.all(), "")).containsExactlyInAnyOrder("王芳", "李强", "张伟", "刘洋");
    }

    @Test
    void archivedMembersAppearOnlyWhenAskedFor() {
        MemberQuery withArchived = new MemberQuery(null, null, null, null, null, true);

        assertThat(names(withArchived, "")).containsExactlyInAnyOrder("王芳", "李强", "张伟", "赵敏", "刘洋");
        assertThat(names(withArchived, townA.getPath())).containsExactlyInAnyOrder("王芳", "张伟", "赵敏");
        assertThat(members.search(withArchived, "", PageRequest.of(0, 50)).getContent())
                .filteredOn(MemberRow::archived).extracting(MemberRow::name).containsExactly("赵敏");
        assertThat(text("妇产科")).isEmpty();
    }

    @Test
    void allFiltersCombine() {
        MemberQuery query = new MemberQuery("义诊", groupA.getId(), hospital.getId(), MemberType.DOCTOR, true, false);

        assertThat(members.search(query, townA.getPath(), PageRequest.of(0, 20)).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.name()).isEqualTo("王芳");
                    assertThat(row.workUnit()).isEqualTo("县医院");
                    assertThat(row.post()).isEqualTo("主治医师");
                    assertThat(row.mobile()).isEqualTo("13900000001");
                    assertThat(row.type()).isEqualTo(MemberType.DOCTOR);
                    assertThat(row.partyMember()).isTrue();
                });
        assertThat(names(query, townB.getPath())).isEmpty();
    }

    @Test
    void pagesAreOrderedAndCountTheWholeResult() {
        List<String> all = names(MemberQuery.all(), "");

        Page<MemberRow> first = members.search(MemberQuery.all(), "", PageRequest.of(0, 3));
        Page<MemberRow> second = members.search(MemberQuery.all(), "", PageRequest.of(1, 3));

        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.map(MemberRow::name).getContent()).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second.getTotalElements()).isEqualTo(4);
        assertThat(second.map(MemberRow::name).getContent()).containsExactlyElementsOf(all.subList(3, 4));
        assertThat(members.search(MemberQuery.all(), "", PageRequest.of(2, 3)).getContent()).isEmpty();
    }

    @Test
    void theWholeDeploymentsTotalFollowsEveryAddArchiveAndRestore() {
        long before = members.search(MemberQuery.all(), "", PageRequest.of(0, 1)).getTotalElements();
        assertThat(before).isEqualTo(liveMembersCounted());

        Member newcomer = member(details("孙丽", "13900000006", "会计", "科员", true, MemberType.CADRE), hospital);
        jdbc.update("update member set archived = true where id = ?", newcomer.getId());
        jdbc.update("update member set post = '会计师' where id = ?", newcomer.getId());
        assertThat(members.search(MemberQuery.all(), "", PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        jdbc.update("update member set archived = false where name in ('孙丽', '赵敏')");

        assertThat(members.search(MemberQuery.all(), "", PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before + 2).isEqualTo(liveMembersCounted());
    }

    private long liveMembersCounted() {
        return jdbc.queryForObject("select count(*) from member where not archived", Long.class);
    }

    @Test
    void aPageCostsAtMostTwoStatementsWhateverItsSize() {
        MemberQuery everyFilter = new MemberQuery("1390", groupB.getId(), agriculture.getId(), null, null, false);

        long small = statementsFor(MemberQuery.all(), 1);
        long large = statementsFor(MemberQuery.all(), 50);
        long filtered = statementsFor(everyFilter, 50);

        // rows, plus a count unless the page itself shows that it holds the last row
        assertThat(small).isEqualTo(2);
        assertThat(large).isBetween(1L, 2L);
        assertThat(filtered).isBetween(1L, 2L);
    }

    private long statementsFor(MemberQuery query, int pageSize) {
        em.clear();
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Page<MemberRow> page = members.search(query, "/", PageRequest.of(0, pageSize));
        assertThat(page.getContent()).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }
}
