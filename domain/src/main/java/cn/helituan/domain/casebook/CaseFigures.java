package cn.helituan.domain.casebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CaseFigures {

    Optional<CaseFigure> findById(Long id);

    <S extends CaseFigure> S save(S figure);

    List<CaseFigure> findByCaseIdAndRemovedFalseOrderById(Long caseId);

    /** The record's value of the measure now, if the record is there (a withdrawn activity is not). */
    Optional<BigDecimal> current(CaseMeasure measure, long recordId);

    /** The current values of a case's figures by figure id, one statement (null: the record is gone). */
    Map<Long, BigDecimal> currentOf(long caseId);

    /** Whether the record lies within the path ("" = everywhere): its group's, or for a demand a group paired with it. */
    boolean inScope(CaseMeasure measure, long recordId, String pathPrefix);

    /**
     * The records of the kind inside the path ("" = everywhere, as {@link #inScope}) whose title contains the text
     * ({@code pattern}, a lowered LIKE pattern), newest first, at most {@code limit}.
     */
    List<CaseRecordPick> pick(CaseMeasure.RecordKind kind, String pathPrefix, String pattern, int limit);

    /** The record's title, for the figure's label. */
    Optional<String> titleOf(CaseMeasure measure, long recordId);
}
