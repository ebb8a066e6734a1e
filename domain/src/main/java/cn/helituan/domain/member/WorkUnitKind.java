package cn.helituan.domain.member;

/** What kind of body a dispatching unit (派出单位) is. */
public enum WorkUnitKind {
    PARTY_GOVERNMENT,
    PUBLIC_INSTITUTION,
    UNIVERSITY,
    HOSPITAL,
    SCHOOL,
    STATE_ENTERPRISE,
    FINANCIAL,
    TOWN_VILLAGE,
    OTHER
}
