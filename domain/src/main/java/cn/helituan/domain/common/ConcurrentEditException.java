package cn.helituan.domain.common;

/** Someone saved the record after the user opened it; the user's input must be kept and shown again. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String type, Object id) {
        super(type + " " + id + " was changed by someone else");
    }
}
