package cn.helituan.domain.evaluation;

/**
 * A round's counts: groups, those self-assessed, scored by at least one reviewer, graded, with the top grade; its
 * members and those with the top grade (their own or their group's).
 */
public record RoundTally(long groups, long selfAssessed, long scored, long graded, long topGroups, long members,
                         long topMembers) {
}
