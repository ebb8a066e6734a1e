package cn.helituan.web.common;

/**
 * One choice found by typing in a form's long choice list ({@code static/js/choices.js}, Tom Select): the value the
 * form posts and the text it shows.
 */
public record ChoiceJson(String value, String text) {
}
