package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.Grade;

/** A member's own grade (none: the group's) and the reason, from the entry page's member list. */
public class MemberGradeForm {

    private long groupId;
    private Grade grade;
    private String reason;
    private long version;

    public long getGroupId() {
        return groupId;
    }

    public void setGroupId(long groupId) {
        this.groupId = groupId;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
