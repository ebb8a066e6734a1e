package cn.helituan.app.generate;

import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.WorkUnitKind;
import java.util.Random;

/**
 * The generated members themselves: names weighted like real ones, a post, rank and specialty fitting their work
 * unit, a unique mobile. Part of {@link RosterPlan}, from its random numbers in the same order.
 */
final class RosterPeople {

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

    private RosterPeople() {
    }

    /** A member of a work unit of {@code kind}. */
    static RosterPlan.PlannedMember member(Random random, int index, int workUnit, WorkUnitKind kind,
                                           long mobileOffset) {
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
        return new RosterPlan.PlannedMember(name(random), random.nextInt(100) < 62 ? Gender.MALE : Gender.FEMALE, workUnit,
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
}
