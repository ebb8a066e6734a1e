package cn.helituan.domain.assisted;

/**
 * A first secretary's stationing in a village ended today or before: published in the ending transaction, so a
 * feature that gave the member something for the village (the account feature: their account on it) takes it back
 * in the same transaction, without the register knowing of accounts.
 */
public record StationingEnded(long objectId, long memberId) {
}
