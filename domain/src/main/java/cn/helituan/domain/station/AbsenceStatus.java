package cn.helituan.domain.station;

/** Where a request for days away or leave stands: asked, then approved or refused once (never decided twice). */
public enum AbsenceStatus {
    REQUESTED,
    APPROVED,
    REFUSED
}
