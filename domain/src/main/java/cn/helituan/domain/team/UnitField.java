package cn.helituan.domain.team;

/** The field or specialty a unit works in. */
public enum UnitField {
    GENERAL,
    PARTY_BUILDING,
    INDUSTRY,
    SCIENCE_TECHNOLOGY,
    EDUCATION,
    MEDICAL,
    ECOMMERCE,
    CONSUMPTION,
    EMPLOYMENT,
    TOURISM,
    TALENT,
    GOVERNANCE
}
