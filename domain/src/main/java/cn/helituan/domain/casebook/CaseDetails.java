package cn.helituan.domain.casebook;

/** What a case's form says. */
public record CaseDetails(String title, Long objectId, String theme, int year, String problem, String actions,
                          String results) {
}
