package cn.helituan.domain.station;

/** What a stationed cadre reports as a major matter (重大事项). */
public enum MajorMatterKind {
    LEAVING_COUNTY,
    EMERGENCY,
    SAFETY_INCIDENT,
    DISPUTE,
    PERSONAL_CHANGE,
    OTHER
}
