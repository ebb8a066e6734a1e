package cn.helituan.domain.member;

/** What kind of cadre or talent a member is. */
public enum MemberType {
    CADRE,
    EXPERT,
    TEACHER,
    DOCTOR,
    AGRONOMIST,
    TECHNICIAN,
    ENTREPRENEUR,
    OTHER
}
