package cn.helituan.web.common;

/**
 * A table cell of a figure already formatted, and its note under it (null: none): what {@code hlt:cells} writes as
 * {@code <td class="text-end"><span>value</span> <span class="small …">note</span></td>} (web/config/ChoicesDialect).
 */
public interface FigureCell {

    String value();

    String note();
}
