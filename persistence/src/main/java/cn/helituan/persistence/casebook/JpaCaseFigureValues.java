package cn.helituan.persistence.casebook;

import cn.helituan.domain.casebook.CaseMeasure;
import cn.helituan.domain.casebook.CaseRecordPick;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The records' values behind a case's figures, in SQL (sql/casebook/figures.sql). */
interface JpaCaseFigureValues {

    Optional<BigDecimal> current(CaseMeasure measure, long recordId);

    Map<Long, BigDecimal> currentOf(long caseId);

    boolean inScope(CaseMeasure measure, long recordId, String pathPrefix);

    Optional<String> titleOf(CaseMeasure measure, long recordId);

    List<CaseRecordPick> pick(CaseMeasure.RecordKind kind, String pathPrefix, String pattern, int limit);
}
