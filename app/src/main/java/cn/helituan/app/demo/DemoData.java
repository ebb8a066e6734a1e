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
import cn.helituan.domain.assisted.ObjectPlace;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.assisted.RegionLevel;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.job.JobService;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.station.StationService;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small demo county that shows every page with content: one team, three sub-teams, eight groups of seven people
 * whose work units and specialties fit their group, a few villages, a community and an enterprise, the six demo
 * accounts ({@link #LOGINS}); the three lists with demands at every stage ({@link DemoLists}), a plan for every group
 * ({@link DemoPlans}), months of activities ({@link DemoActivities}), last month's published notification and this
 * year's evaluation under review ({@link DemoReviews}); then, once that has committed, a roster imported and a
 * demand list checked with a problem ({@link DemoImports}). Everything goes through the domain services (rules and
 * history hold), the county in one transaction, once: into a database without accounts, when
 * {@code helituan.demo-data=true} (the embedded default); a second start adds nothing.
 */
@Component
public class DemoData {

    public static final String PASSWORD = "demo1234";
    /** The demo accounts, one of each role, and what each is in the demo county. */
    public static final List<Login> LOGINS = List.of(
            new Login("admin", "组织部管理员 · organization department (whole deployment)"),
            new Login("subteam", "分团长 · sub-team leader (产业发展分团)"),
            new Login("leader", "组长 · group leader (茶产业合力小组)"),
            new Login("member", "小组成员 · group member (茶产业合力小组)"),
            new Login("secretary", "第一书记 · first secretary (青山村)"),
            new Login("reviewer", "考核评审员 · evaluation reviewer"),
            new Login("inspector", "督导人员 · supervision inspector (the whole team)"),
            new Login("auditor", "安全审计员 · security auditor (the security log only)"));
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
    // indexes into WORK_UNITS
    private static final int ORG = 0;
    private static final int DEV = 1;
    private static final int AGRI = 2;
    private static final int COMMERCE = 3;
    private static final int LABOUR = 4;
    private static final int JUSTICE = 5;
    private static final int SCIENCE = 6;
    private static final int HOSPITAL = 7;
    private static final int TCM = 8;
    private static final int SCHOOL = 9;
    private static final int VOCATIONAL = 10;
    private static final int BANK = 11;
    private static final int ACADEMY = 12;
    private static final int UNIVERSITY = 13;
    /** The leaders above the groups: the team's, then the three sub-teams' (work unit, post, rank, specialty). */
    private static final Object[][] LEADERS = {
        {ORG, "副部长", "二级调研员", "干部人才工作"},
        {AGRI, "副局长", "三级调研员", "农业产业发展"},
        {HOSPITAL, "副院长", "主任医师", "卫生管理"},
        {ORG, "组织科科长", "一级主任科员", "基层党建"}};
    /**
     * Each group's seven people, leader and deputy first (work unit, post, rank, specialty): a group is made of
     * people whose work fits what it does, from different work units.
     */
    private static final Object[][][] GROUP_ROSTERS = {
        // 茶产业合力小组
        {{AGRI, "农艺师", "高级农艺师", "茶叶种植"}, {ACADEMY, "副研究员", "副高级", "茶叶加工"},
            {UNIVERSITY, "副教授", "副高级", "茶树栽培"}, {COMMERCE, "科长", "四级主任科员", "农产品营销"},
            {BANK, "客户经理", null, "农村金融"}, {SCIENCE, "科员", "一级科员", "农业技术推广"},
            {DEV, "副科长", "二级主任科员", "项目申报"}},
        // 电商带货服务队
        {{COMMERCE, "电商股股长", "四级主任科员", "电子商务"}, {VOCATIONAL, "讲师", "中级", "电商运营"},
            {AGRI, "科员", "一级科员", "农产品品牌"}, {BANK, "客户经理", null, "移动支付"},
            {LABOUR, "科员", "一级科员", "创业指导"}, {COMMERCE, "科员", "二级主任科员", "物流配送"},
            {VOCATIONAL, "教师", "中级", "直播营销"}},
        // 科技特派工作组
        {{UNIVERSITY, "教授", "正高级", "果树栽培"}, {ACADEMY, "研究员", "正高级", "畜牧养殖"},
            {ACADEMY, "助理研究员", "中级", "植物保护"}, {SCIENCE, "副局长", "四级调研员", "科技成果转化"},
            {AGRI, "农艺师", "中级", "土壤肥料"}, {UNIVERSITY, "讲师", "中级", "中药材种植"},
            {VOCATIONAL, "教师", "中级", "农业机械"}},
        // 医疗帮扶合力小组
        {{HOSPITAL, "内科主任", "主任医师", "内科"}, {TCM, "副院长", "主任中医师", "中医内科"},
            {HOSPITAL, "主治医师", "中级", "儿科"}, {HOSPITAL, "护士长", "副主任护师", "护理"},
            {TCM, "主治医师", "中级", "针灸推拿"}, {HOSPITAL, "医师", "初级", "全科医学"},
            {HOSPITAL, "公卫科科长", "副主任医师", "公共卫生"}},
        // 教育帮扶合力小组
        {{SCHOOL, "副校长", "高级教师", "中学数学"}, {SCHOOL, "教研组长", "高级教师", "中学语文"},
            {SCHOOL, "教师", "一级教师", "中学英语"}, {SCHOOL, "心理教师", "一级教师", "心理健康"},
            {VOCATIONAL, "教师", "中级", "计算机应用"}, {VOCATIONAL, "教务处主任", "高级讲师", "职业教育"},
            {SCHOOL, "教师", "二级教师", "音乐美术"}},
        // 就业服务队
        {{LABOUR, "就业股股长", "四级主任科员", "就业指导"}, {VOCATIONAL, "实训处主任", "高级讲师", "职业技能培训"},
            {LABOUR, "科员", "一级科员", "劳务协作"}, {LABOUR, "科员", "二级主任科员", "劳动保障"},
            {BANK, "信贷员", null, "创业担保贷款"}, {JUSTICE, "律师", null, "劳动法律"},
            {COMMERCE, "科员", "一级科员", "企业用工对接"}},
        // 党建引领合力小组
        {{ORG, "组织员", "三级主任科员", "党建"}, {ORG, "科员", "一级科员", "基层组织建设"},
            {DEV, "副科长", "二级主任科员", "乡村规划"}, {AGRI, "科员", "一级科员", "村集体经济"},
            {BANK, "会计", null, "财务"}, {JUSTICE, "科员", "一级科员", "法治宣传"},
            {ORG, "宣讲员", "四级主任科员", "理论宣讲"}},
        // 乡村治理合力小组
        {{JUSTICE, "副局长", "四级调研员", "法律咨询"}, {JUSTICE, "调解员", "二级主任科员", "人民调解"},
            {ORG, "科员", "一级科员", "基层治理"}, {DEV, "科员", "一级科员", "乡村规划"},
            {LABOUR, "科员", "一级科员", "信访调处"}, {AGRI, "科员", "四级主任科员", "土地承包"},
            {JUSTICE, "律师", null, "民事法律"}}};

    /** A demo login: the user name and what the account is. */
    public record Login(String username, String role) {
    }

    private final UnitService units;
    private final MemberService members;
    private final WorkUnitService workUnits;
    private final RegionService regions;
    private final AssistedService assisted;
    private final RelationshipService relationships;
    private final StationService stations;
    private final Accounts accounts;
    private final DemoLists demoLists;
    private final DemoPlans demoPlans;
    private final DemoActivities demoActivities;
    private final DemoReviews demoReviews;
    private final DemoContests demoContests;
    private final DemoCases demoCases;
    private final DemoStation demoStation;
    private final DemoSupervision demoSupervision;
    private final DemoCrossTeams demoCrossTeams;
    private final DemoImports demoImports;
    private final JobService jobs;
    private final DemoReminders demoReminders;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoData(UnitService units, MemberService members, WorkUnitService workUnits, RegionService regions,
             AssistedService assisted, RelationshipService relationships, StationService stations,
             Accounts accounts, DemoLists demoLists,
             DemoPlans demoPlans, DemoActivities demoActivities, DemoReviews demoReviews, DemoContests demoContests,
             DemoCases demoCases, DemoStation demoStation, DemoSupervision demoSupervision,
             DemoCrossTeams demoCrossTeams,
             DemoImports demoImports, DemoReminders demoReminders, JobService jobs, PasswordEncoder passwordEncoder,
             TransactionTemplate tx, Clock clock,
             @Value("${helituan.demo-data:false}") boolean enabled) {
        this.units = units;
        this.members = members;
        this.workUnits = workUnits;
        this.regions = regions;
        this.assisted = assisted;
        this.relationships = relationships;
        this.stations = stations;
        this.accounts = accounts;
        this.demoLists = demoLists;
        this.demoPlans = demoPlans;
        this.demoActivities = demoActivities;
        this.demoReviews = demoReviews;
        this.demoContests = demoContests;
        this.demoCases = demoCases;
        this.demoStation = demoStation;
        this.demoSupervision = demoSupervision;
        this.demoCrossTeams = demoCrossTeams;
        this.demoImports = demoImports;
        this.jobs = jobs;
        this.demoReminders = demoReminders;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Loads the demo county when asked to and the database has no account yet; called by StartupData. */
    public void loadIfWanted() {
        if (enabled && accounts.count() == 0) {
            long started = System.nanoTime();
            tx.executeWithoutResult(status -> load());
            // the import's passes run their own transactions: after the county has committed
            demoImports.load(LocalDate.now(clock));
            // the reminders job of the last two weeks (its own transactions)
            demoReminders.load();
            // the night's jobs once, as the schedule will run them: the admin's list of runs has its first rows
            // (and last month's notification its draft)
            // (the reminders have run for today already, with the two weeks before it)
            jobs.jobs().stream().filter(job -> !job.name().equals("reminders"))
                    .forEach(job -> jobs.execute(job.name(), jobs.today(), "system"));
            log.info("Demo county loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
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
        person(system, n++, wus, team, Position.TEAM_LEADER, joined, LEADERS[0]);
        List<Member> subTeamLeaders = new ArrayList<>();
        for (Unit sub : List.of(industry, welfare, governance)) {
            subTeamLeaders.add(person(system, n, wus, sub, Position.SUB_TEAM_LEADER, joined, LEADERS[n]));
            n++;
        }
        List<List<Member>> rosters = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Member> roster = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Position position = i == 0 ? Position.GROUP_LEADER : i == 1 ? Position.DEPUTY_GROUP_LEADER
                        : Position.MEMBER;
                roster.add(person(system, n++, wus, groups.get(g), position, joined, GROUP_ROSTERS[g][i]));
            }
            rosters.add(roster);
        }
        List<Member> firstGroup = rosters.get(0);

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
                    kind == AssistedKind.ENTERPRISE ? EnterpriseScale.SMALL : null, null),
                    // the villages and the community lie around Baoji (34.36 N, 107.24 E), a few kilometres apart
                    kind == AssistedKind.ENTERPRISE ? null : new ObjectPlace(34.36 + 0.02 * (code - 2),
                            107.24 + 0.03 * (code - 2), ObjectPlace.DEFAULT_RADIUS)));
        }

        // Pairings: most groups have one, two have none (the warning), one term ends within a month.
        LocalDate today = LocalDate.now(clock);
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

        Stationing secretary = assisted.station(system, villages.get(0).getId(), firstGroup.get(3).getMobile(),
                started);
        // its record (建档): dispatched by their own unit for two years, insured and checked before they went
        stations.file(system, secretary.getId(), secretary.getVersion(), new StationingRecord(
                StationRole.FIRST_SECRETARY, null, "驻村第一书记", started.plusYears(2).minusDays(1),
                "村集体茶叶加工厂扩建", "派出单位帮扶资金 30 万元", "单位主要负责人每季度到村调研一次",
                started.minusDays(10), started.minusDays(20), new BigDecimal("100")));

        // one hash for the seven (a bcrypt hash costs a tenth of a second; the salt need not differ for demo logins)
        String hash = passwordEncoder.encode(PASSWORD);
        account(hash, "admin", "组织部管理员", Role.ORG_ADMIN, null, null, null);
        account(hash, "subteam", subTeamLeaders.get(0).getName(), Role.SUB_TEAM_LEADER, industry, null,
                subTeamLeaders.get(0));
        account(hash, "leader", firstGroup.get(0).getName(), Role.GROUP_LEADER, groups.get(0), null,
                firstGroup.get(0));
        account(hash, "member", firstGroup.get(2).getName(), Role.MEMBER, groups.get(0), null, firstGroup.get(2));
        // the account opened for 青山村's first secretary from their stationing: theirs, so they check in with it
        account(hash, "secretary", "青山村第一书记", Role.FIRST_SECRETARY, null, villages.get(0), firstGroup.get(3));
        account(hash, "reviewer", "考核评审员", Role.REVIEWER, team, null, null);
        account(hash, "inspector", "督导组成员", Role.INSPECTOR, team, null, null);
        account(hash, "auditor", "安全审计员", Role.AUDITOR, null, null, null);

        demoLists.load(groups, villages, wus, rosters, today);
        demoPlans.load(groups, villages, rosters, today);
        demoActivities.load(system, groups, villages, List.of(industry, welfare, governance), today);
        demoReviews.load(team);
        long firstStop = demoContests.load(team, industry, villages, firstGroup.get(3), today);
        demoCases.load(firstStop, villages, today);
        demoStation.load(villages.get(1), rosters.get(1), today);
        demoSupervision.load(groups, firstGroup, today);
        demoCrossTeams.load(team, firstGroup.get(3), groups, rosters, today);
    }

    private Unit subTeam(Scope system, Unit team, String name, UnitField field) {
        return units.create(system, team.getId(), UnitKind.SUB_TEAM, new UnitDetails(name, null, field, null));
    }

    private Unit group(Scope system, Unit parent, String name, String localName, UnitField field) {
        return units.create(system, parent.getId(), UnitKind.GROUP, new UnitDetails(name, localName, field, null));
    }

    /** The n-th person of the county (name, gender and mobile follow from n), with their work and specialty. */
    private Member person(Scope system, int n, List<WorkUnit> wus, Unit unit, Position position, LocalDate joined,
                          Object[] work) {
        String name = SURNAMES.charAt(n % SURNAMES.length()) + GIVEN[(n * 7) % GIVEN.length];
        WorkUnit wu = wus.get((Integer) work[0]);
        MemberType type = switch (wu.getKind()) {
            case HOSPITAL -> MemberType.DOCTOR;
            case SCHOOL -> MemberType.TEACHER;
            case UNIVERSITY, PUBLIC_INSTITUTION -> MemberType.AGRONOMIST;
            case FINANCIAL -> MemberType.EXPERT;
            default -> MemberType.CADRE;
        };
        Gender gender = n % 3 == 1 ? Gender.FEMALE : Gender.MALE;
        MemberDetails details = new MemberDetails(name, gender, wu.getId(),
                (String) work[1], (String) work[2], (String) work[3], String.format("1380000%04d", n), n % 5 != 4,
                type, null, n % 3 == 0 ? idNumber(n, gender) : null);
        return members.create(system, details, unit.getId(), position, joined);
    }

    /**
     * A made-up resident ID number for the n-th person (a third of them have one): 岚皋县's address code, a birth date
     * from n, a sequence odd for a man and even for a woman, and the check character GB 11643 asks for.
     */
    static String idNumber(int n, Gender gender) {
        LocalDate born = LocalDate.of(1968, 1, 1).plusDays((n * 211L) % 9000);
        String first17 = "610925" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (n % 450) * 2 + (gender == Gender.MALE ? 1 : 0));
        return first17 + cn.helituan.domain.common.IdNumbers.checkCharacter(first17);
    }

    private void account(String hash, String username, String displayName, Role role, Unit unit,
                         AssistedObject object, Member member) {
        Account account = new Account(username, hash, displayName);
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
