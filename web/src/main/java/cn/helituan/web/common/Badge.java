package cn.helituan.web.common;

/** A coloured badge: its Bootstrap classes and its words (a status in a list's row). */
public record Badge(String css, String text) {
}
