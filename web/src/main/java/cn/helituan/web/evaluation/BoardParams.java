package cn.helituan.web.evaluation;

import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardSort;
import cn.helituan.domain.evaluation.Grade;

/** The review screen's filters and order as the address carries them ({@code ?sort=INDICATOR_TASKS&asc=false}). */
public class BoardParams {

    private Long subTeam;
    private Grade grade;
    private String q;
    private boolean unscored;
    private boolean noSelf;
    private BoardSort sort = BoardSort.SCORE;
    private boolean asc;
    private int page = 1;

    BoardQuery toQuery() {
        return new BoardQuery(subTeam, grade, q, unscored, noSelf, sort, asc);
    }

    BoardSort sort() {
        return sort == null ? BoardSort.SCORE : sort;
    }

    public Long getSubTeam() {
        return subTeam;
    }

    public void setSubTeam(Long subTeam) {
        this.subTeam = subTeam;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isUnscored() {
        return unscored;
    }

    public void setUnscored(boolean unscored) {
        this.unscored = unscored;
    }

    public boolean isNoSelf() {
        return noSelf;
    }

    public void setNoSelf(boolean noSelf) {
        this.noSelf = noSelf;
    }

    public BoardSort getSort() {
        return sort;
    }

    public void setSort(BoardSort sort) {
        this.sort = sort;
    }

    public boolean isAsc() {
        return asc;
    }

    public void setAsc(boolean asc) {
        this.asc = asc;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
