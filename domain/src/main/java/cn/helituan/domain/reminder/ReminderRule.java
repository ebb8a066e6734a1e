package cn.helituan.domain.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule that finds what to remind people of on a day, declared here and implemented by the feature that knows the
 * record (plan: the plan deadline; evaluation: the round's deadline; activity: silent groups and unconfirmed
 * activities; reminder itself: terms ending, since assisted comes before this feature). A rule is <b>set-based</b>:
 * one or a few statements for the whole deployment, never a query per account or group (a province has 30,000
 * accounts, and the daily job must finish in well under a minute). It reads only; the job stores, dedups and sends.
 *
 * <p>A rule fires on its days only (7 and 1 days before a deadline; the 30th day of silence and every 7th after),
 * not every day, and never for those who have done the thing.
 */
public interface ReminderRule {

    /** The reminders due on the day (in the deployment's time zone). */
    List<Reminder> due(LocalDate day);
}
