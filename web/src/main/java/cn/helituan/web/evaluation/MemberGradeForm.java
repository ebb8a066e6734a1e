package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.Grade;
import lombok.Getter;
import lombok.Setter;

/** A member's own grade (none: the group's) and the reason, from the entry page's member list. */
@Getter
@Setter
public class MemberGradeForm {

    private long groupId;
    private Grade grade;
    private String reason;
    private long version;
}
