package cn.helituan.app.demo;

import cn.helituan.domain.account.Account;
import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedDetails;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.CommunityGoal;
import cn.helituan.domain.assisted.EnterpriseScale;
import cn.helituan.domain.assisted.IndustrialChain;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandDetails;
import cn.helituan.domain.demand.DemandAccess;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.domain.demand.DemandMatching;
import cn.helituan.domain.demand.DemandWorkflow;
import cn.helituan.domain.demand.MatchDetails;
import cn.helituan.domain.demand.ResourceDetails;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.domain.demand.Urgency;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small demo county: one team, three sub-teams, eight groups, sixty members, a few villages, the six demo
 * accounts, and the three lists with demands at each stage. Loaded once, into an empty database, when {@code helituan.demo-data=true} (the embedded default).
 */
@Component
public class DemoData {

    public static final String PASSWORD = "demo1234";
    public static final List<String> USERNAMES = List.of("admin", "subteam", "leader", "member", "secretary",
            "reviewer");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String[] GIVEN = {"建国", "志强", "海燕", "丽娟", "明", "伟", "芳", "秀英", "国华", "红梅", "晓东",
        "立新", "文静", "春生", "玉兰", "振华", "德胜", "小军", "桂芳", "永红", "思远", "佳怡", "浩然", "雪梅", "宏伟"};
    private static final String[][] WORK_UNITS = {
        {"县委组织部", "PARTY_GOVERNMENT"}, {"县发展和改革局", "PARTY_GOVERNMENT"}, {"县农业农村局", "PARTY_GOVERNMENT"},
        {"县商务局", "PARTY_GOVERNMENT"}, {"县人力资源和社会保障局", "PARTY_GOVERNMENT"}, {"县司法局", "PARTY_GOVERNMENT"},
        {"县科技局", "PARTY_GOVERNMENT"}, {"县人民医院", "HOSPITAL"}, {"县中医医院", "HOSPITAL"}, {"县第一中学", "SCHOOL"},
        {"县职业技术学校", "SCHOOL"}, {"县农村商业银行", "FINANCIAL"}, {"市农业科学研究院", "PUBLIC_INSTITUTION"},
        {"省农林科技大学", "UNIVERSITY"}};
    private static final String[] POSTS = {"科员", "副科长", "科长", "主治医师", "高级教师", "农艺师", "副主任", "工程师"};
    private static final String[] SPECIALTIES = {"党建", "茶叶种植", "电子商务", "果树栽培", "内科", "儿科", "中学数学",
        "法律咨询", "财务", "畜牧养殖", "乡村规划", "就业指导"};

    private final UnitService units;
    private final MemberService members;
    private final WorkUnitService workUnits;
    private final RegionService regions;
    private final AssistedService assisted;
    private final RelationshipService relationships;
    private final Accounts accounts;
    private final DemandWorkflow demands;
    private final DemandChoices demandChoices;
    private final DemandMatching matching;
    private final DemandAccess demandAccess;
    private final ResourceService resources;
    private final DemoPlans demoPlans;
    private final DemoActivities demoActivities;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final boolean enabled;

    DemoData(UnitService units, MemberService members, WorkUnitService workUnits, RegionService regions,
             AssistedService assisted, RelationshipService relationships, Accounts accounts, DemandWorkflow demands,
             DemandChoices demandChoices, DemandMatching matching, DemandAccess demandAccess,
             ResourceService resources, DemoPlans demoPlans, DemoActivities demoActivities,
             PasswordEncoder passwordEncoder, TransactionTemplate tx,
             @Value("${helituan.demo-data:false}") boolean enabled) {
        this.units = units;
        this.members = members;
        this.workUnits = workUnits;
        this.regions = regions;
        this.assisted = assisted;
        this.relationships = relationships;
        this.accounts = accounts;
        this.demands = demands;
        this.demandChoices = demandChoices;
        this.matching = matching;
        this.demandAccess = demandAccess;
        this.resources = resources;
        this.demoPlans = demoPlans;
        this.demoActivities = demoActivities;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.enabled = enabled;
    }

    /** Loads the demo county when asked to and the database has no account yet; called by StartupData. */
    public void loadIfWanted() {
        if (enabled && accounts.count() == 0) {
            tx.executeWithoutResult(status -> load());
            log.info("Demo county loaded");
        }
    }

    /** Whether the demo accounts are in this database. */
    public boolean present() {
        return accounts.findByUsernameIgnoreCase("admin").isPresent()
                && accounts.findByUsernameIgnoreCase("secretary").isPresent();
    }

    private void load() {
        Scope system = Scope.system();
        List<WorkUnit> wus = new ArrayList<>();
        for (String[] w : WORK_UNITS) {
            wus.add(workUnits.create(system, w[0], WorkUnitKind.valueOf(w[1])));
        }
        Unit team = units.create(system, null, UnitKind.TEAM,
                new UnitDetails("示范县干部人才合力团", "合力团", UnitField.GENERAL, "示范县“1+3+8”组团式帮扶"));
        Unit industry = subTeam(system, team, "产业发展分团", UnitField.INDUSTRY);
        Unit welfare = subTeam(system, team, "民生服务分团", UnitField.MEDICAL);
        Unit governance = subTeam(system, team, "基层治理分团", UnitField.GOVERNANCE);
        List<Unit> groups = List.of(
                group(system, industry, "茶产业合力小组", null, UnitField.INDUSTRY),
                group(system, industry, "电商带货服务队", "服务队", UnitField.ECOMMERCE),
                group(system, industry, "科技特派工作组", "工作组", UnitField.SCIENCE_TECHNOLOGY),
                group(system, welfare, "医疗帮扶合力小组", null, UnitField.MEDICAL),
                group(system, welfare, "教育帮扶合力小组", null, UnitField.EDUCATION),
                group(system, welfare, "就业服务队", "服务队", UnitField.EMPLOYMENT),
                group(system, governance, "党建引领合力小组", null, UnitField.PARTY_BUILDING),
                group(system, governance, "乡村治理合力小组", null, UnitField.GOVERNANCE));

        LocalDate joined = LocalDate.of(2025, 3, 1);
        int n = 0;
        person(system, n++, wus, team, Position.TEAM_LEADER, joined);
        List<Member> subTeamLeaders = new ArrayList<>();
        for (Unit sub : List.of(industry, welfare, governance)) {
            subTeamLeaders.add(person(system, n++, wus, sub, Position.SUB_TEAM_LEADER, joined));
        }
        List<Member> firstGroup = new ArrayList<>();
        for (Unit group : groups) {
            for (int i = 0; i < 7; i++) {
                Position position = i == 0 ? Position.GROUP_LEADER : i == 1 ? Position.DEPUTY_GROUP_LEADER
                        : Position.MEMBER;
                Member m = person(system, n++, wus, group, position, joined);
                if (group == groups.get(0)) {
                    firstGroup.add(m);
                }
            }
        }

        Region county = regions.create(system, null, RegionLevel.COUNTY, "示范县", "DEMO-R00");
        Region qingshan = regions.create(system, county.getId(), RegionLevel.TOWN, "青山镇", "DEMO-R01");
        Region chengguan = regions.create(system, county.getId(), RegionLevel.TOWN, "城关镇", "DEMO-R02");
        IndustrialChain tea = assisted.createChain(system, "茶产业链");
        assisted.createChain(system, "中药材产业链");
        assisted.createChain(system, "食品加工产业链");
        List<AssistedObject> villages = new ArrayList<>();
        Object[][] objectsData = {
            {"青山村", AssistedKind.VILLAGE, qingshan, Set.of(VillageCategory.POVERTY_ALLEVIATED, VillageCategory.INDUSTRY)},
            {"石门村", AssistedKind.VILLAGE, qingshan, Set.of(VillageCategory.WEAK)},
            {"桃园村", AssistedKind.VILLAGE, chengguan, Set.of(VillageCategory.POOR, VillageCategory.KEY_REVITALIZATION)},
            {"金田村", AssistedKind.VILLAGE, chengguan, Set.of(VillageCategory.INDUSTRY)},
            {"白云村", AssistedKind.VILLAGE, qingshan, Set.of(VillageCategory.DISORDERLY)},
            {"柳河社区", AssistedKind.COMMUNITY, chengguan, Set.of()},
            {"绿源茶业有限公司", AssistedKind.ENTERPRISE, qingshan, Set.of()}};
        int code = 1;
        for (Object[] o : objectsData) {
            AssistedKind kind = (AssistedKind) o[1];
            Region town = (Region) o[2];
            Region place = kind == AssistedKind.ENTERPRISE ? town : regions.create(system, town.getId(),
                    RegionLevel.VILLAGE, (String) o[0], String.format("DEMO-R%02d", 10 + code));
            @SuppressWarnings("unchecked")
            Set<VillageCategory> categories = (Set<VillageCategory>) o[3];
            villages.add(assisted.create(system, new AssistedDetails(kind, (String) o[0],
                    String.format("DEMO-%03d", code++), place.getId(), null, null, null, categories,
                    kind == AssistedKind.COMMUNITY ? Set.of(CommunityGoal.SAFE, CommunityGoal.HAPPY) : Set.of(),
                    kind == AssistedKind.VILLAGE ? 1200 + 150 * code : null,
                    kind == AssistedKind.VILLAGE ? 380 + 40 * code : null,
                    kind == AssistedKind.ENTERPRISE ? tea.getId() : null,
                    kind == AssistedKind.ENTERPRISE ? EnterpriseScale.SMALL : null, null)));
        }

        // Pairings: most groups have one, two have none (the warning), one term ends within a month.
        LocalDate today = LocalDate.now();
        LocalDate started = today.minusMonths(8).withDayOfMonth(1);
        pair(system, groups.get(0), villages.get(0), started, AssistanceFocus.RURAL_REVITALIZATION,
                "一村一策：茶园提质增效，培育茶叶合作社，带动 120 户增收。");
        pair(system, groups.get(0), villages.get(6), started, AssistanceFocus.KEY_INDUSTRY,
                "帮助企业对接电商平台和产业链上下游，解决用工与技术难题。");
        pair(system, groups.get(1), villages.get(1), started, AssistanceFocus.RURAL_REVITALIZATION,
                "一村一策：农产品直播带货，建设村级电商服务站。");
        pair(system, groups.get(3), villages.get(5), started, AssistanceFocus.FOUR_TYPE_COMMUNITY,
                "开展义诊和慢病随访，建设便利型、幸福型社区。");
        LocalDate earlier = today.minusMonths(11);
        relationships.create(system, groups.get(4).getId(), villages.get(2).getId(), earlier,
                earlier.plusYears(1).minusDays(1), AssistanceFocus.EDUCATION, "一村一策：留守儿童课后辅导。");
        pair(system, groups.get(6), villages.get(4), started, AssistanceFocus.RURAL_REVITALIZATION,
                "一村一策：加强村党组织建设，整顿软弱涣散。");
        pair(system, groups.get(7), villages.get(3), started, AssistanceFocus.RURAL_REVITALIZATION,
                "一村一策：完善村规民约，调解矛盾纠纷。");

        assisted.station(system, villages.get(0).getId(), firstGroup.get(3).getMobile(), started);

        account("admin", "组织部管理员", Role.ORG_ADMIN, null, null, null);
        account("subteam", subTeamLeaders.get(0).getName(), Role.SUB_TEAM_LEADER, industry, null,
                subTeamLeaders.get(0));
        account("leader", firstGroup.get(0).getName(), Role.GROUP_LEADER, groups.get(0), null, firstGroup.get(0));
        account("member", firstGroup.get(2).getName(), Role.MEMBER, groups.get(0), null, firstGroup.get(2));
        account("secretary", "青山村第一书记", Role.FIRST_SECRETARY, null, villages.get(0), null);
        account("reviewer", "考核评审员", Role.REVIEWER, team, null, null);

        threeLists(system, groups, villages, wus, firstGroup, today);
        demoPlans.load(system, groups, villages, firstGroup, today);
        demoActivities.load(system, groups, villages, List.of(industry, welfare, governance), today);
    }

    /**
     * The three lists: resources of a work unit, a group and a member; demands at each stage — one just raised by
     * 青山村's first secretary, one accepted, one matched into a project under way, one resolved.
     */
    private void threeLists(Scope system, List<Unit> groups, List<AssistedObject> villages, List<WorkUnit> wus,
                            List<Member> firstGroup, LocalDate today) {
        Map<String, Long> category = new HashMap<>();
        demandChoices.categories().forEach(c -> category.put(c.getCode(), c.getId()));
        resources.declare(system, new ResourceDetails(category.get("SKILLS"), "茶叶种植技术培训",
                "农技专家驻村授课，每期 2 天", new BigDecimal("10"), CapacityUnit.DAYS, today.minusMonths(1),
                today.plusMonths(10), null, null, wus.get(2).getId()));
        AidResource live = resources.declare(system, new ResourceDetails(category.get("CONSUMPTION"), "直播带货渠道",
                "服务队的直播间每月可为村里带货", new BigDecimal("6"), CapacityUnit.PLACES, null, null,
                groups.get(1).getId(), null, null));
        resources.declare(system, new ResourceDetails(category.get("INDUSTRY"), "产业发展贴息贷款", "茶园改造贴息",
                new BigDecimal("500000"), CapacityUnit.YUAN, null, today.plusYears(1), null, null,
                wus.get(11).getId()));
        resources.declare(system, new ResourceDetails(category.get("GOVERNANCE"), "法律咨询服务", "每月驻村法律咨询",
                new BigDecimal("20"), CapacityUnit.DAYS, null, null, null, firstGroup.get(1).getId(), null));

        Scope secretary = new Scope(null, "secretary", Role.FIRST_SECRETARY, null, null, villages.get(0).getId(),
                null);
        demands.raise(secretary, new DemandDetails(villages.get(0).getId(), category.get("CONSUMPTION"),
                "春茶销路不畅，需要电商渠道", "今年春茶产量 3 万斤，收购价低，希望对接直播带货。", Urgency.URGENT,
                today.plusMonths(2)));
        Demand road = demands.raise(secretary, new DemandDetails(villages.get(0).getId(),
                category.get("INFRASTRUCTURE"), "通组道路破损需硬化", "二组到三组 1.2 公里道路雨天无法通行。",
                Urgency.NORMAL, today.plusMonths(6)));
        demands.accept(system, road.getId(), road.getVersion());
        Demand sales = demands.raise(system, new DemandDetails(villages.get(1).getId(), category.get("CONSUMPTION"),
                "土蜂蜜滞销", "合作社积压土蜂蜜 800 斤。", Urgency.NORMAL, today.plusMonths(1)));
        demands.accept(system, sales.getId(), sales.getVersion());
        long version = demandAccess.get(system, sales.getId()).getVersion();
        matching.match(system, sales.getId(), version, new MatchDetails("石门村土蜂蜜直播带货", groups.get(1).getId(),
                null, today, today.plusMonths(1), new BigDecimal("2000"), Map.of(live.getId(), new BigDecimal("2"))));
    }

    private Unit subTeam(Scope system, Unit team, String name, UnitField field) {
        return units.create(system, team.getId(), UnitKind.SUB_TEAM, new UnitDetails(name, null, field, null));
    }

    private Unit group(Scope system, Unit parent, String name, String localName, UnitField field) {
        return units.create(system, parent.getId(), UnitKind.GROUP, new UnitDetails(name, localName, field, null));
    }

    private Member person(Scope system, int n, List<WorkUnit> wus, Unit unit, Position position, LocalDate joined) {
        String name = SURNAMES.charAt(n % SURNAMES.length()) + GIVEN[(n * 7) % GIVEN.length];
        WorkUnit wu = wus.get((n * 5) % wus.size());
        MemberType type = switch (wu.getKind()) {
            case HOSPITAL -> MemberType.DOCTOR;
            case SCHOOL -> MemberType.TEACHER;
            case UNIVERSITY, PUBLIC_INSTITUTION -> MemberType.AGRONOMIST;
            default -> MemberType.CADRE;
        };
        MemberDetails details = new MemberDetails(name, n % 3 == 1 ? Gender.FEMALE : Gender.MALE, wu.getId(),
                POSTS[n % POSTS.length], n % 4 == 0 ? "四级主任科员" : "一级科员", SPECIALTIES[n % SPECIALTIES.length],
                String.format("1380000%04d", n), n % 5 != 4, type, null);
        return members.create(system, details, unit.getId(), position, joined);
    }

    private void account(String username, String displayName, Role role, Unit unit, AssistedObject object,
                         Member member) {
        Account account = new Account(username, passwordEncoder.encode(PASSWORD), displayName);
        account.assign(role, unit, object, member);
        account.passwordAgreed();
        accounts.save(account);
    }

    private void pair(Scope system, Unit group, AssistedObject object, LocalDate startsOn, AssistanceFocus focus,
                      String agreement) {
        relationships.create(system, group.getId(), object.getId(), startsOn, startsOn.plusYears(2).minusDays(1),
                focus, agreement);
    }

}
