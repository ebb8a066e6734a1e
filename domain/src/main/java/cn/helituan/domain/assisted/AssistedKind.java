package cn.helituan.domain.assisted;

/** What is assisted (帮扶对象). */
public enum AssistedKind {
    VILLAGE,
    COMMUNITY,
    ENTERPRISE,
    SCHOOL,
    HOSPITAL
}
