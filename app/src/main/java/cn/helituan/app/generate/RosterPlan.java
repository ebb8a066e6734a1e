package cn.helituan.app.generate;

import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the generator writes, worked out in memory from a member count and a seed: the same two numbers always give
 * the same roster. The shape is a province's: one team, twelve city sub-teams (市级分团) each with county sub-teams
 * (县级分团), about ten groups per county, groups of 5–15 members from different work units (one leader each, a deputy
 * in about half), about 200 work units, some members in a second group and some who left a group. Rows refer to
 * each other by their index in these lists; the writer turns indexes into ids.
 */
final class RosterPlan {

    static final int CITY_COUNT = 12;
    static final int MIN_GROUP = 5;
    static final int MAX_GROUP = 15;
    static final int WORK_UNIT_COUNT = 200;

    record PlannedWorkUnit(String name, WorkUnitKind kind) {
    }

    /** A unit of the tree; {@code parent} is an index into {@link #units()}, -1 for the team. */
    record PlannedUnit(int parent, UnitKind kind, String name, String localName, UnitField field) {
    }

    record PlannedMember(String name, Gender gender, int workUnit, String post, String rank, String specialty,
                         String mobile, boolean partyMember, MemberType type) {
    }

    /** {@code member} and {@code unit} are indexes; {@code leftOn} is null for a current membership. */
    record PlannedMembership(int member, int unit, Position position, LocalDate joinedOn, LocalDate leftOn) {
    }

    private static final String[] CITIES = {"东川", "西岭", "南河", "北原", "青州", "安平", "临江", "白石", "长宁", "永和",
        "丰泽", "明山"};
    private static final String[] COUNTY_SUFFIX = {"县", "县", "县", "区", "市"};
    private static final String COUNTY_CHARS = "清河源阳平安宁山川泉溪林丰永昌兴华岭石桥水城远新南北东西长乐德康泰福寿";
    private static final String[] PROVINCE_BODIES = {
        "省委组织部:PARTY_GOVERNMENT", "省委宣传部:PARTY_GOVERNMENT", "省委统战部:PARTY_GOVERNMENT",
        "省发展和改革委员会:PARTY_GOVERNMENT", "省教育厅:PARTY_GOVERNMENT", "省科学技术厅:PARTY_GOVERNMENT",
        "省工业和信息化厅:PARTY_GOVERNMENT", "省民政厅:PARTY_GOVERNMENT", "省司法厅:PARTY_GOVERNMENT",
        "省财政厅:PARTY_GOVERNMENT", "省人力资源和社会保障厅:PARTY_GOVERNMENT", "省自然资源厅:PARTY_GOVERNMENT",
        "省生态环境厅:PARTY_GOVERNMENT", "省住房和城乡建设厅:PARTY_GOVERNMENT", "省交通运输厅:PARTY_GOVERNMENT",
        "省水利厅:PARTY_GOVERNMENT", "省农业农村厅:PARTY_GOVERNMENT", "省商务厅:PARTY_GOVERNMENT",
        "省文化和旅游厅:PARTY_GOVERNMENT", "省卫生健康委员会:PARTY_GOVERNMENT", "省市场监督管理局:PARTY_GOVERNMENT",
        "省林业局:PARTY_GOVERNMENT", "省乡村振兴局:PARTY_GOVERNMENT", "省供销合作社:PARTY_GOVERNMENT",
        "省人民医院:HOSPITAL", "省中医院:HOSPITAL", "省肿瘤医院:HOSPITAL", "省妇幼保健院:HOSPITAL",
        "省农业科学院:PUBLIC_INSTITUTION", "省林业科学研究院:PUBLIC_INSTITUTION", "省畜牧兽医研究所:PUBLIC_INSTITUTION",
        "省农业技术推广总站:PUBLIC_INSTITUTION", "省农林科技大学:UNIVERSITY", "省师范大学:UNIVERSITY",
        "省医科大学:UNIVERSITY", "省理工大学:UNIVERSITY", "省财经大学:UNIVERSITY", "省职业技术学院:UNIVERSITY",
        "省农村信用社联合社:FINANCIAL", "农业银行省分行:FINANCIAL", "建设银行省分行:FINANCIAL", "邮储银行省分行:FINANCIAL",
        "省电力公司:STATE_ENTERPRISE", "省交通投资集团:STATE_ENTERPRISE"};
    private static final String[] CITY_BODIES = {
        "市委组织部:PARTY_GOVERNMENT", "市农业农村局:PARTY_GOVERNMENT", "市商务局:PARTY_GOVERNMENT",
        "市人力资源和社会保障局:PARTY_GOVERNMENT", "市科技局:PARTY_GOVERNMENT", "市文化和旅游局:PARTY_GOVERNMENT",
        "市司法局:PARTY_GOVERNMENT", "市人民医院:HOSPITAL", "市中医医院:HOSPITAL", "市第一中学:SCHOOL",
        "市职业技术学校:SCHOOL", "市农业科学研究所:PUBLIC_INSTITUTION", "市农村商业银行:FINANCIAL"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN_CHARS = "建国志强海燕丽娟明伟芳秀英华红梅晓东立新文静春生玉兰振德胜小军桂永思远佳怡浩然雪宏"
            + "子涵宇轩欣悦俊杰晨阳敏慧磊鹏飞刚勇毅诚刚峰波涛辉霞婷琳倩颖洁雯萍莉军平安宁正清云松柏桃杏";
    private static final String[] SPECIALTIES_CADRE = {"党建", "基层治理", "乡村规划", "法律咨询", "财务", "招商引资",
        "项目管理", "政策宣讲", "就业指导", "社会保障", "文化旅游", "生态环保", "统计分析", "信访调解"};
    private static final String[] SPECIALTIES_DOCTOR = {"内科", "外科", "儿科", "妇产科", "中医", "全科医学", "公共卫生",
        "康复理疗", "口腔科", "眼科"};
    private static final String[] SPECIALTIES_TEACHER = {"中学数学", "中学语文", "中学英语", "职业教育", "学前教育",
        "心理健康", "信息技术", "物理", "化学"};
    private static final String[] SPECIALTIES_AGRO = {"茶叶种植", "果树栽培", "畜牧养殖", "水产养殖", "中药材种植",
        "蔬菜栽培", "食用菌", "植物保护", "土壤肥料", "农机推广", "林下经济"};
    private static final String[] SPECIALTIES_TECH = {"电子商务", "电力工程", "农产品加工", "冷链物流", "直播带货",
        "软件开发", "工程造价", "机械维修"};
    private static final String[] SPECIALTIES_FINANCE = {"金融信贷", "财务", "保险", "消费帮扶", "电子商务"};
    private static final String[] POSTS_CADRE = {"科员", "副科长", "科长", "副处长", "处长", "副主任", "主任", "副局长"};
    private static final String[] POSTS_DOCTOR = {"住院医师", "主治医师", "副主任医师", "主任医师", "护士长"};
    private static final String[] POSTS_TEACHER = {"二级教师", "一级教师", "高级教师", "教研组长", "副校长"};
    private static final String[] POSTS_AGRO = {"农艺师", "高级农艺师", "畜牧师", "研究员", "副研究员"};
    private static final String[] POSTS_TECH = {"工程师", "高级工程师", "技术员", "项目经理"};
    private static final String[] POSTS_FINANCE = {"客户经理", "信贷员", "支行行长", "部门经理"};
    private static final String[] RANKS = {"一级科员", "四级主任科员", "三级主任科员", "二级主任科员", "一级主任科员",
        "四级调研员", "三级调研员"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "139", "150",
        "151", "152", "153", "155", "156", "157", "158", "159", "176", "177", "178", "180", "181", "182", "183",
        "185", "186", "187", "188", "189", "191", "198", "199"};
    private static final UnitField[] GROUP_FIELDS = {UnitField.INDUSTRY, UnitField.PARTY_BUILDING,
        UnitField.SCIENCE_TECHNOLOGY, UnitField.EDUCATION, UnitField.MEDICAL, UnitField.ECOMMERCE,
        UnitField.CONSUMPTION, UnitField.EMPLOYMENT, UnitField.TOURISM, UnitField.GOVERNANCE};
    private static final String[] GROUP_NAMES = {"产业发展合力小组", "党建引领合力小组", "科技特派工作组", "教育帮扶合力小组",
        "医疗帮扶合力小组", "电商带货服务队", "消费帮扶服务队", "就业服务队", "文旅推介合力小组", "乡村治理合力小组"};

    private final List<PlannedWorkUnit> workUnits = new ArrayList<>();
    private final List<PlannedUnit> units = new ArrayList<>();
    private final List<PlannedMember> members = new ArrayList<>();
    private final List<PlannedMembership> memberships = new ArrayList<>();
    private final List<Integer> cities = new ArrayList<>();
    private final List<Integer> counties = new ArrayList<>();
    private final List<Integer> groups = new ArrayList<>();
    /** Per group (same order as {@link #groups}): the member indexes, leader first. */
    private final List<int[]> groupMembers = new ArrayList<>();
    private final int[] leaderOfUnit;

    private RosterPlan(int memberCount, long seed) {
        Random random = new Random(seed);
        planWorkUnits();
        List<Integer> sizes = groupSizes(memberCount, random);
        int countyCount = Math.max(1, Math.round(sizes.size() / 10.5f));
        int cityCount = Math.min(CITY_COUNT, countyCount);
        planTree(random, cityCount, countyCount, sizes.size());
        leaderOfUnit = new int[units.size()];
        planMembers(random, sizes, memberCount);
        planExtraMemberships(random);
    }

    /** The roster for {@code memberCount} members (at least {@value #MIN_GROUP}) from {@code seed}. */
    static RosterPlan of(int memberCount, long seed) {
        if (memberCount < MIN_GROUP) {
            throw new IllegalArgumentException("at least " + MIN_GROUP + " members, not " + memberCount);
        }
        return new RosterPlan(memberCount, seed);
    }

    private void planWorkUnits() {
        for (String body : PROVINCE_BODIES) {
            String[] parts = body.split(":");
            String name = parts[0].startsWith("省") ? "示范" + parts[0] : parts[0].replace("省", "示范省");
            workUnits.add(new PlannedWorkUnit(name, WorkUnitKind.valueOf(parts[1])));
        }
        for (int i = 0; workUnits.size() < WORK_UNIT_COUNT; i++) {
            String city = CITIES[i / CITY_BODIES.length % CITIES.length];
            String[] parts = CITY_BODIES[i % CITY_BODIES.length].split(":");
            workUnits.add(new PlannedWorkUnit(city + parts[0], WorkUnitKind.valueOf(parts[1])));
        }
    }

    /** Group sizes from 5 to 15 adding up to the member count exactly. */
    private static List<Integer> groupSizes(int memberCount, Random random) {
        List<Integer> sizes = new ArrayList<>();
        int remaining = memberCount;
        while (remaining > 0) {
            int size = MIN_GROUP + random.nextInt(MAX_GROUP - MIN_GROUP + 1);
            if (remaining - size < MIN_GROUP) {
                size = remaining <= MAX_GROUP ? remaining : remaining - MIN_GROUP;
            }
            sizes.add(size);
            remaining -= size;
        }
        return sizes;
    }

    private void planTree(Random random, int cityCount, int countyCount, int groupCount) {
        units.add(new PlannedUnit(-1, UnitKind.TEAM, "示范省干部人才合力团", "合力团",
                UnitField.GENERAL));
        for (int c = 0; c < cityCount; c++) {
            cities.add(units.size());
            units.add(new PlannedUnit(0, UnitKind.SUB_TEAM, CITIES[c] + "市分团", "分团", UnitField.GENERAL));
        }
        Set<String> countyNames = new HashSet<>();
        for (int k = 0; k < countyCount; k++) {
            int city = cities.get(k % cityCount);
            String county;
            do {
                county = CITIES[k % cityCount].charAt(0) + countyName(random) + COUNTY_SUFFIX[k % COUNTY_SUFFIX.length];
            } while (!countyNames.add(county) && countyNames.size() < COUNTY_CHARS.length() * CITIES.length);
            counties.add(units.size());
            units.add(new PlannedUnit(city, UnitKind.SUB_TEAM, county + "服务团", "服务团", UnitField.GENERAL));
        }
        int[] perCounty = new int[countyCount];
        for (int g = 0; g < groupCount; g++) {
            int k = g % countyCount;
            int county = counties.get(k);
            int kind = (perCounty[k] + k) % GROUP_NAMES.length;
            String name = units.get(county).name().replace("服务团", "") + GROUP_NAMES[kind];
            if (perCounty[k] >= GROUP_NAMES.length) {
                name = name + (perCounty[k] / GROUP_NAMES.length + 1);
            }
            perCounty[k]++;
            String localName = GROUP_NAMES[kind].endsWith("服务队") ? "服务队"
                    : GROUP_NAMES[kind].endsWith("工作组") ? "工作组" : null;
            groups.add(units.size());
            units.add(new PlannedUnit(county, UnitKind.GROUP, name, localName, GROUP_FIELDS[kind]));
        }
    }

    private static String countyName(Random random) {
        return String.valueOf(COUNTY_CHARS.charAt(random.nextInt(COUNTY_CHARS.length())));
    }

    private void planMembers(Random random, List<Integer> sizes, int memberCount) {
        long mobileOffset = Math.floorMod(random.nextLong(), 100_000_000L);
        int[] workUnitOrder = new int[workUnits.size()];
        for (int i = 0; i < workUnitOrder.length; i++) {
            workUnitOrder[i] = i;
        }
        for (int g = 0; g < sizes.size(); g++) {
            int size = sizes.get(g);
            int group = groups.get(g);
            // distinct work units inside a group: the first `size` of a partial shuffle
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(workUnitOrder.length - i);
                int swap = workUnitOrder[i];
                workUnitOrder[i] = workUnitOrder[j];
                workUnitOrder[j] = swap;
            }
            int[] inGroup = new int[size];
            LocalDate joined = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(400));
            boolean deputy = random.nextBoolean();
            for (int i = 0; i < size; i++) {
                int index = members.size();
                members.add(member(random, index, workUnitOrder[i], mobileOffset));
                inGroup[i] = index;
                Position position = i == 0 ? Position.GROUP_LEADER
                        : i == 1 && deputy ? Position.DEPUTY_GROUP_LEADER : Position.MEMBER;
                memberships.add(new PlannedMembership(index, group, position, joined, null));
            }
            leaderOfUnit[group] = inGroup[0];
            groupMembers.add(inGroup);
        }
        if (members.size() != memberCount) {
            throw new IllegalStateException("planned " + members.size() + " members, not " + memberCount);
        }
    }

    private PlannedMember member(Random random, int index, int workUnit, long mobileOffset) {
        WorkUnitKind kind = workUnits.get(workUnit).kind();
        MemberType type = switch (kind) {
            case HOSPITAL -> MemberType.DOCTOR;
            case SCHOOL -> MemberType.TEACHER;
            case UNIVERSITY -> random.nextInt(3) == 0 ? MemberType.TEACHER : MemberType.EXPERT;
            case PUBLIC_INSTITUTION -> random.nextInt(4) == 0 ? MemberType.EXPERT : MemberType.AGRONOMIST;
            case STATE_ENTERPRISE -> MemberType.TECHNICIAN;
            case FINANCIAL -> random.nextInt(5) == 0 ? MemberType.OTHER : MemberType.CADRE;
            default -> random.nextInt(25) == 0 ? MemberType.ENTREPRENEUR : MemberType.CADRE;
        };
        String[] specialties;
        String[] posts;
        switch (type) {
            case DOCTOR -> {
                specialties = SPECIALTIES_DOCTOR;
                posts = POSTS_DOCTOR;
            }
            case TEACHER -> {
                specialties = SPECIALTIES_TEACHER;
                posts = POSTS_TEACHER;
            }
            case AGRONOMIST, EXPERT -> {
                specialties = SPECIALTIES_AGRO;
                posts = POSTS_AGRO;
            }
            case TECHNICIAN, ENTREPRENEUR -> {
                specialties = SPECIALTIES_TECH;
                posts = POSTS_TECH;
            }
            default -> {
                specialties = kind == WorkUnitKind.FINANCIAL ? SPECIALTIES_FINANCE : SPECIALTIES_CADRE;
                posts = kind == WorkUnitKind.FINANCIAL ? POSTS_FINANCE : POSTS_CADRE;
            }
        }
        String rank = type == MemberType.CADRE ? RANKS[random.nextInt(RANKS.length)] : null;
        return new PlannedMember(name(random), random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE, workUnit,
                posts[random.nextInt(posts.length)], rank, specialties[random.nextInt(specialties.length)],
                mobile(index, mobileOffset), random.nextInt(100) < 78, type);
    }

    /** Surnames weighted like real ones (王, 李, 张 most often); given names of one or two characters. */
    private static String name(Random random) {
        // rank r is drawn with weight about 1/(r+3): the first few surnames cover a large share, as in China
        double u = random.nextDouble();
        int n = SURNAMES.length();
        double total = Math.log((n + 3) / 3.0);
        int rank = Math.min(n - 1, (int) (3 * Math.exp(u * total) - 3));
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(rank));
        name.append(GIVEN_CHARS.charAt(random.nextInt(GIVEN_CHARS.length())));
        if (random.nextInt(10) < 7) {
            name.append(GIVEN_CHARS.charAt(random.nextInt(GIVEN_CHARS.length())));
        }
        return name.toString();
    }

    /**
     * An 11-digit mobile, unique per index: the last eight digits step through all 10^8 values (the multiplier is
     * prime to 10), the prefix is a real carrier prefix (never 134 or 138, which the demo county uses).
     */
    static String mobile(long index, long offset) {
        long suffix = Math.floorMod(offset + index * 48_271L, 100_000_000L);
        String prefix = MOBILE_PREFIXES[(int) Math.floorMod(index * 7 + offset, (long) MOBILE_PREFIXES.length)];
        return prefix + String.format("%08d", suffix);
    }

    /**
     * Sub-team and team leaders, a second group in the same county for up to 5% of members (when that group has room
     * and nobody there comes from their work unit yet), and a group left a year ago for 2%.
     */
    private void planExtraMemberships(Random random) {
        LocalDate start = LocalDate.of(2024, 3, 1);
        for (int county : counties) {
            int firstGroup = firstGroupUnder(county);
            int leader = groupMembers.get(firstGroup)[Math.min(1, groupMembers.get(firstGroup).length - 1)];
            memberships.add(new PlannedMembership(leader, county, Position.SUB_TEAM_LEADER, start, null));
            leaderOfUnit[county] = leader;
        }
        for (int city : cities) {
            int county = counties.get(cities.indexOf(city));
            int[] firstGroup = groupMembers.get(firstGroupUnder(county));
            int leader = firstGroup[firstGroup.length - 1];
            memberships.add(new PlannedMembership(leader, city, Position.SUB_TEAM_LEADER, start, null));
            leaderOfUnit[city] = leader;
        }
        int teamLeader = groupMembers.get(groups.size() - 1)[0];
        memberships.add(new PlannedMembership(teamLeader, 0, Position.TEAM_LEADER, start, null));
        leaderOfUnit[0] = teamLeader;

        int countyCount = counties.size();
        List<Set<Integer>> workUnitsIn = new ArrayList<>();
        for (int[] inGroup : groupMembers) {
            Set<Integer> set = new HashSet<>();
            for (int member : inGroup) {
                set.add(members.get(member).workUnit());
            }
            workUnitsIn.add(set);
        }
        for (int g = 0; g < groups.size(); g++) {
            // a group in the same county: groups are dealt to counties in turn
            int other = g + countyCount < groups.size() ? g + countyCount : g - countyCount;
            if (other < 0) {
                continue;
            }
            Set<Integer> otherWorkUnits = workUnitsIn.get(other);
            for (int member : groupMembers.get(g)) {
                int roll = random.nextInt(100);
                if (roll < 5) {
                    // one current member per work unit and at most 15 current members in a group
                    if (otherWorkUnits.size() < MAX_GROUP && otherWorkUnits.add(members.get(member).workUnit())) {
                        memberships.add(new PlannedMembership(member, groups.get(other), Position.MEMBER,
                                LocalDate.of(2025, 1, 6).plusDays(random.nextInt(120)), null));
                    }
                } else if (roll < 7) {
                    LocalDate joined = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(60));
                    memberships.add(new PlannedMembership(member, groups.get(other), Position.MEMBER, joined,
                            joined.plusDays(300 + random.nextInt(60))));
                }
            }
        }
    }

    private int firstGroupUnder(int county) {
        for (int g = 0; g < groups.size(); g++) {
            if (units.get(groups.get(g)).parent() == county) {
                return g;
            }
        }
        throw new IllegalStateException("county without groups: " + units.get(county).name());
    }

    List<PlannedWorkUnit> workUnits() {
        return workUnits;
    }

    List<PlannedUnit> units() {
        return units;
    }

    List<PlannedMember> members() {
        return members;
    }

    List<PlannedMembership> memberships() {
        return memberships;
    }

    /** Index of the first city sub-team, county sub-team and group: where the scoped accounts sit. */
    int firstCity() {
        return cities.get(0);
    }

    int firstCounty() {
        return counties.get(0);
    }

    int firstGroup() {
        return groups.get(0);
    }

    int countyCount() {
        return counties.size();
    }

    int cityCount() {
        return cities.size();
    }

    int groupCount() {
        return groups.size();
    }

    /** The member who leads the unit (group leader, sub-team leader or team leader). */
    int leaderOf(int unit) {
        return leaderOfUnit[unit];
    }

    /** A plain member of the first group (not its leader or deputy). */
    int plainMemberOfFirstGroup() {
        return groupMembers.get(0)[2];
    }
}
