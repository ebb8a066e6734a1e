package cn.helituan.domain.evaluation;

import java.util.List;

/** The commendation list of a published round: its groups and members with the top grade. */
public record Commendation(EvaluationRound round, Grade top, List<BoardRow> groups,
                           List<EvaluationStore.Commended> members) {
}
