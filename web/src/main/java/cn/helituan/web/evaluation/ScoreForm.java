package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.EvaluationScore;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.NumberFormat;

/**
 * A reviewer's score of a group (0–100, two decimals at most) and comment; {@code version} is that of the reviewer's
 * own score as the page showed it, none before the first.
 */
@Getter
@Setter
public class ScoreForm {

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    @NumberFormat(pattern = "0.##")
    private BigDecimal score;
    @Size(max = 1000)
    private String comment;
    private Long version;

    static ScoreForm of(EvaluationScore mine) {
        ScoreForm form = new ScoreForm();
        if (mine != null) {
            form.score = mine.getScore();
            form.comment = mine.getComment();
            form.version = mine.getVersion();
        }
        return form;
    }
}
