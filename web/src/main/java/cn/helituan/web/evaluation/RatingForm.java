package cn.helituan.web.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** An object's rating of a group (1–5) and comment; {@code version} that of its rating so far, none before. */
@Getter
@Setter
public class RatingForm {

    @NotNull
    @Min(1)
    @Max(5)
    private Integer rating;
    @Size(max = 1000)
    private String comment;
    private Long version;
}
