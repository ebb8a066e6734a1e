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
                members.add(RosterPeople.member(random, index, workUnitOrder[i], workUnits.get(workUnitOrder[i]).kind(),
                        mobileOffset));
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
