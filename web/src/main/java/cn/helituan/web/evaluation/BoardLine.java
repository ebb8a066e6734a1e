package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.web.common.Formats;
import cn.helituan.web.common.FigureCell;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the review screen as the page prints it: the record and each indicator's cell already formatted (its
 * value and its rank), so that the template reads a few strings per cell instead of evaluating each one's
 * formatting — 25 rows of 16 indicators are 400 cells a page, written by {@code hlt:cells} without an
 * expression of their own.
 */
record BoardLine(BoardRow row, List<Cell> cells, String scoreRank) {

    /** An indicator's cell: its value and its rank (the note under it, null when unranked). */
    record Cell(Indicator indicator, String value, String note) implements FigureCell {
    }

    static BoardLine of(BoardRow row, Formats fmt) {
        List<Cell> cells = new ArrayList<>(Indicator.values().length);
        for (Indicator i : Indicator.values()) {
            Integer rank = row.ranks().get(i);
            cells.add(new Cell(i, fmt.indicator(i, row.indicators().value(i)), rank == null ? null : fmt.rank(rank)));
        }
        return new BoardLine(row, cells, fmt.rank(row.scoreRank()));
    }
}
