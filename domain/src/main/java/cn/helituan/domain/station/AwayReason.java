package cn.helituan.domain.station;

/** What took a stationed cadre away from the village on duty. */
public enum AwayReason {
    COUNTY_MEETING,
    TRAINING,
    CROSS_TOWN_SERVICE,
    OTHER
}
