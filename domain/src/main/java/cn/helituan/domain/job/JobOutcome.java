package cn.helituan.domain.job;

/**
 * What a run did: how many records it changed, and a short account of them for the runs list (numbers and record
 * names, not a sentence: the list labels it in the reader's language).
 */
public record JobOutcome(int changed, String summary) {

    public static JobOutcome nothing() {
        return new JobOutcome(0, "");
    }

    public static JobOutcome of(int changed) {
        return new JobOutcome(changed, "");
    }
}
