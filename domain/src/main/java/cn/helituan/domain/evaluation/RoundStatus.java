package cn.helituan.domain.evaluation;

/** An evaluation round is open (scoring, grading) or published (locked until reopened with a reason). */
public enum RoundStatus {
    OPEN,
    PUBLISHED
}
