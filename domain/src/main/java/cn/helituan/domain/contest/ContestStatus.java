package cn.helituan.domain.contest;

/** A round is scored while OPEN; PUBLISHED freezes its scores and ranking. */
public enum ContestStatus {
    OPEN,
    PUBLISHED
}
