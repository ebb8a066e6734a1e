package cn.helituan.domain.crossteam;

/** A member's month of service days against the team's expectation. */
public enum ServiceDaysState {
    BELOW,
    WITHIN,
    ABOVE
}
