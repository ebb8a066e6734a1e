package cn.helituan.web.config;

import cn.helituan.domain.common.Choice;
import cn.helituan.web.common.FigureCell;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code <th:block hlt:choices="${workUnits}" hlt:chosen="${query.workUnitId()}"/>} inside a {@code <select>}: one
 * {@code <option>} per {@link Choice}, indented by its depth, the chosen one selected. The same HTML as a
 * {@code th:each} over the options, rendered in one pass instead of three expressions per option: a filter of 200 work
 * units was a sixth of the member list's cost (docs/performance.md).
 * <p>
 * {@code <th:block hlt:cells="${line.cells()}"/>} inside a table's row: one right-aligned {@code <td>} per {@link
 * FigureCell}, its figure and, under it, its note (a rank) when there is one — the review screen's sixteen indicator
 * columns, which as a {@code th:each} of three expressions a cell were two thirds of that page's CPU (issue 25).
 */
@Component
public class ChoicesDialect extends AbstractProcessorDialect {

    public static final String PREFIX = "hlt";
    private static final String INDENT = "\u3000";

    public ChoicesDialect() {
        super("合力团 choices", PREFIX, 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new ChoicesProcessor(dialectPrefix), new CellsProcessor(dialectPrefix));
    }

    private static final class CellsProcessor extends AbstractAttributeTagProcessor {

        CellsProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "cells", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object cells = ChoicesProcessor.evaluate(context, attributeValue);
            StringBuilder html = new StringBuilder(2048);
            if (cells != null) {
                for (Object entry : (Iterable<?>) cells) {
                    FigureCell cell = (FigureCell) entry;
                    html.append("<td class=\"text-end\"><span>").append(escape(cell.value())).append("</span>");
                    if (cell.note() != null) {
                        html.append(" <span class=\"small text-body-secondary d-block\">").append(escape(cell.note()))
                                .append("</span>");
                    }
                    html.append("</td>");
                }
            }
            structureHandler.replaceWith(html, false);
        }

        private static String escape(String text) {
            return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
        }
    }

    private static final class ChoicesProcessor extends AbstractAttributeTagProcessor {

        private final String chosenAttribute;

        ChoicesProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "choices", true, 1000, true);
            this.chosenAttribute = prefix + ":chosen";
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object choices = evaluate(context, attributeValue);
            String chosen = tag.hasAttribute(chosenAttribute)
                    ? Objects.toString(evaluate(context, tag.getAttributeValue(chosenAttribute)), null) : null;
            StringBuilder html = new StringBuilder(4096);
            if (choices != null) {
                for (Object entry : (Iterable<?>) choices) {
                    Choice choice = (Choice) entry;
                    String id = String.valueOf(choice.id());
                    html.append("<option value=\"").append(id).append('"');
                    if (id.equals(chosen)) {
                        html.append(" selected=\"selected\"");
                    }
                    html.append('>').append(INDENT.repeat(Math.max(choice.depth(), 0)))
                            .append(HtmlEscape.escapeHtml4Xml(choice.name())).append("</option>");
                }
            }
            structureHandler.replaceWith(html, false);
        }

        private static Object evaluate(ITemplateContext context, String expression) {
            return StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, expression).execute(context);
        }
    }
}
