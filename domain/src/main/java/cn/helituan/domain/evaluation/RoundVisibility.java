package cn.helituan.domain.evaluation;

/**
 * Which rounds a reader sees: an org admin those of scopes inside theirs ({@code adminPrefix}, "" for all); a
 * reviewer those naming them; the roster (sub-team and group leaders, members) those with a group inside their path;
 * a village's account those with a group paired with its object. Null fields do not apply.
 */
public record RoundVisibility(String adminPrefix, Long reviewerId, String rosterPrefix, Long objectId) {
}
