package cn.helituan.domain.audit;

import java.time.LocalDate;

/** The auditor's search: days (inclusive, in the deployment's zone), a user name, a kind, words in what/which/detail. */
public record AuditQuery(LocalDate from, LocalDate to, String username, AuditKind kind, String text) {
}
