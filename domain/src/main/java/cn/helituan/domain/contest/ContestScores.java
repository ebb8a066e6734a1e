package cn.helituan.domain.contest;

import java.util.List;

public interface ContestScores {

    <S extends ContestScore> S save(S score);

    /** Every score of the round's sheets, with its sheet and criterion. */
    List<ContestScore> ofRound(Long roundId);

    List<ContestScore> findBySheet_Id(Long sheetId);
}
