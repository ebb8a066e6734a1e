package cn.helituan.domain.audit;

/**
 * The outcome of checking the chain: how many rows were read, and the first row that does not follow from the one
 * before (its content changed, a row before it removed or put in) — null when the chain is whole.
 */
public record ChainCheck(long rows, Long brokenAt) implements java.io.Serializable {

    public boolean whole() {
        return brokenAt == null;
    }
}
