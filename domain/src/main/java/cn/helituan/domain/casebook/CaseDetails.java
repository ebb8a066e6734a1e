package cn.helituan.domain.casebook;

/**
 * What a case's form says; {@code unitId} the unit the case is of, chosen within the author's scope (null: the
 * author's own unit, none for a whole-deployment admin).
 */
public record CaseDetails(String title, Long objectId, String theme, int year, String problem, String actions,
                          String results, Long unitId) {

    /** Of the author's own unit. */
    public CaseDetails(String title, Long objectId, String theme, int year, String problem, String actions,
                       String results) {
        this(title, objectId, theme, year, problem, actions, results, null);
    }
}
