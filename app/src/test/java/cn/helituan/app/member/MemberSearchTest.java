package cn.helituan.app.member;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.account.AccountService;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnitService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member list's search on PostgreSQL: text in name, mobile, specialty or post, any case, taken literally, whatever
 * its length (one or two characters take another index than three and more); filters; paging. Rolled back.
 */
@Transactional
class MemberSearchTest extends FullStackTest {

    @Autowired
    MemberService members;
    @Autowired
    WorkUnitService workUnits;
    @Autowired
    AccountService accounts;
    @Autowired
    Demo demo;

    private final Scope system = Scope.system();
    private long teaGroup;
    private Member second;

    @BeforeEach
    void members() {
        long workUnit = workUnits.create(system, "检索测试单位", WorkUnitKind.OTHER).getId();
        teaGroup = demo.unitId(Demo.TEA_GROUP);
        add("鬯甲", workUnit, "Excel数据分析", "科员", "13999000001", null);
        second = add("鬯乙", workUnit, "100%满意", "IT_support", "13999000002", teaGroup);
        add("鬯丙", workUnit, "茶叶种植", "科长", "13999000003", null);
    }

    @Test
    void oneCharacterFindsEveryNameHoldingItInNameOrder() {
        // by name in pinyin order: 丙 bǐng, 甲 jiǎ, 乙 yǐ (V30)
        assertThat(names("鬯")).containsExactly("鬯丙", "鬯甲", "鬯乙");
        assertThat(names("鬯乙")).containsExactly("鬯乙");
        assertThat(names("乙鬯")).isEmpty();
    }

    @Test
    void textIsMatchedInAnyCaseAnywhereInNameMobileSpecialtyAndPost() {
        assertThat(names("excel")).containsExactly("鬯甲");
        assertThat(names("it_SUPPORT")).containsExactly("鬯乙");
        assertThat(names("9990000")).containsExactly("鬯丙", "鬯甲", "鬯乙");
        assertThat(names("13999000003")).containsExactly("鬯丙");
        assertThat(names("  鬯甲 ")).containsExactly("鬯甲");
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertThat(names("%")).containsExactly("鬯乙");
        assertThat(names("0%满")).containsExactly("鬯乙");
        assertThat(names("t_s")).containsExactly("鬯乙");
        assertThat(names("鬯_")).isEmpty();
        assertThat(names("鬯%")).isEmpty();
    }

    @Test
    void pagesCountEveryMatch() {
        Page<MemberRow> page = members.search(system, query("鬯", null), PageRequest.of(1, 2));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(MemberRow::name).containsExactly("鬯乙");
        assertThat(page.getContent().get(0).workUnit()).isEqualTo("检索测试单位");
    }

    @Test
    void unitFilterAndScopeKeepTheirMeaning() {
        assertThat(members.search(system, query("鬯", teaGroup), PageRequest.of(0, 20)).getContent())
                .extracting(MemberRow::name).containsExactly("鬯乙");
        Scope leader = accounts.scopeOf("leader").orElseThrow();
        Page<MemberRow> seen = members.search(leader, query("鬯", null), PageRequest.of(0, 20));
        assertThat(seen.getContent()).extracting(MemberRow::name).containsExactly("鬯乙");
        assertThat(seen.getContent().get(0).units()).isEqualTo(Demo.TEA_GROUP);
    }

    @Test
    void archivedMembersOnlyWhenAskedFor() {
        members.archive(system, second.getId(), second.getVersion());
        assertThat(names("鬯")).containsExactly("鬯丙", "鬯甲");
        MemberQuery withArchived = new MemberQuery("鬯", null, null, null, null, true);
        assertThat(members.search(system, withArchived, PageRequest.of(0, 20)).getContent())
                .extracting(MemberRow::name).containsExactly("鬯丙", "鬯甲", "鬯乙");
        MemberQuery cadres = new MemberQuery("鬯", null, null, MemberType.CADRE, true, false);
        assertThat(members.search(system, cadres, PageRequest.of(0, 20)).getContent()).hasSize(2);
    }

    private Member add(String name, long workUnit, String specialty, String post, String mobile, Long unit) {
        return members.create(system, new MemberDetails(name, Gender.MALE, workUnit, post, null, specialty, mobile,
                true, MemberType.CADRE, null), unit, Position.MEMBER, LocalDate.of(2025, 3, 1));
    }

    private List<String> names(String text) {
        return members.search(system, query(text, null), PageRequest.of(0, 20)).getContent().stream()
                .map(MemberRow::name).toList();
    }

    private static MemberQuery query(String text, Long unit) {
        return new MemberQuery(text, unit, null, null, null, false);
    }
}
