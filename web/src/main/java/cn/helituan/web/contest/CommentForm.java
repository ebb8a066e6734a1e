package cn.helituan.web.contest;

import cn.helituan.domain.contest.ContestAdministration;
import cn.helituan.domain.contest.ContestStop;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The organiser's comment on a stop (点评), with the version of the stop it was written against. */
@Getter
@Setter
public class CommentForm {

    @NotNull
    private Long version;
    @Size(max = ContestAdministration.MAX_COMMENT)
    private String comment;

    static CommentForm of(ContestStop stop) {
        CommentForm form = new CommentForm();
        form.version = stop.getVersion();
        form.comment = stop.getOrganiserComment();
        return form;
    }
}
