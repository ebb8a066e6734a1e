package cn.helituan.domain.assisted;

/**
 * What is assisted (帮扶对象). A town (乡镇) is one too: towns declare demands (Langao's 需求清单 has towns and villages)
 * and the organization department raises demands for a town as for any object.
 */
public enum AssistedKind {
    VILLAGE,
    COMMUNITY,
    ENTERPRISE,
    SCHOOL,
    HOSPITAL,
    TOWN
}
