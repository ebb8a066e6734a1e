package cn.helituan.web.contest;

import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.ContestScoring;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/** A judge's sheet for a stop: a score per criterion id ({@code scores[12]}) and a comment. */
@Getter
@Setter
public class ScoreForm {

    private Map<Long, BigDecimal> scores = new HashMap<>();
    @Size(max = 2000)
    private String comment;

    static ScoreForm of(ContestReading.SheetLine mine) {
        ScoreForm form = new ScoreForm();
        if (mine != null) {
            mine.scores().forEach((id, value) -> form.scores.put(id, value.stripTrailingZeros()));
            form.comment = mine.sheet().getComment();
        }
        return form;
    }

    ContestScoring.Marks marks() {
        return new ContestScoring.Marks(scores, comment);
    }
}
