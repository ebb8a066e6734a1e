package cn.helituan.domain.common;

/** The record does not exist, or exists outside the user's scope (the two are not told apart). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String type, Object id) {
        super(type + " " + id + " not found");
    }
}
