package cn.helituan.domain.common;

/**
 * A row of a configurable list (activity types, demand categories): shown in Chinese by the name the deployment
 * gave it, in another language by its seeded code's label ({@code <labelPrefix>.<code>} in the message files).
 */
public interface CodedName {

    /** The seeded code, or null for a row the deployment added. */
    String getCode();

    String getName();

    /** The message files' prefix of the codes' labels, e.g. "ActivityType". */
    String labelPrefix();
}
