package cn.helituan.domain.evaluation;

import java.util.List;
import org.springframework.data.domain.Page;

/** The round's page: its view, and for who reads it the review screen's page and its sub-teams. */
public record BoardPage(RoundView view, Page<BoardRow> rows, List<EvaluationStore.SubTeam> subTeams) {
}
