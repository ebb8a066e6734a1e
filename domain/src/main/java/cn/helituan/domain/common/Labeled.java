package cn.helituan.domain.common;

/** A record that has a human-readable label, used when another record's history refers to it. */
public interface Labeled {
    String label();
}
