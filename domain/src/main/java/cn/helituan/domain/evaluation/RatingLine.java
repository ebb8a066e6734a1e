package cn.helituan.domain.evaluation;

import cn.helituan.domain.team.Unit;

/** The groups an object's account rates in the round, each with its rating so far (null: none). */
public record RatingLine(Unit group, EvaluationRating rating) {
}
