package cn.helituan.domain.demand;

import java.time.LocalDate;

/**
 * A project list's filter after scope: {@code pathPrefix} of the owner group (null: whole deployment), or
 * {@code objectId} the demand's object (a first secretary's); {@code overdueOn}: only those active past their
 * deadline on that day.
 */
public record ProjectFilter(String pathPrefix, Long groupId, Long objectId, ProjectStatus status,
                           LocalDate overdueOn) {
}
