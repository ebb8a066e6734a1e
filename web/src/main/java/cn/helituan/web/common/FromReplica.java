package cn.helituan.web.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A heavy read that may come from the read replica where one is configured (the dashboard, a long list, an export):
 * its read-only transactions take their connection from the replica ({@code ReplicaReads}). Only on GET endpoints that
 * show nothing the same person may just have written (no page after a save's redirect).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FromReplica {
}
