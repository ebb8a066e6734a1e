package cn.helituan.domain.evaluation;

/** A member's line on the entry: their grade (own or the group's) when the reader may see it. */
public record MemberLine(EvaluationMember row, Grade grade) {
}
