package cn.helituan.web.common;

import cn.helituan.domain.common.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sections other features contribute to one kind of record page, in their order: a controller holds one
 * ({@code new PageSections<>(provider)} from an {@code ObjectProvider<PageSection<Unit>>}) and puts
 * {@link #read} in the model as {@code sections}; the page renders a slot with
 * {@code fragments/common :: sections(${sections}, 'main')}.
 */
@RequiredArgsConstructor
public final class PageSections<T> {

    /** A section as the page renders it: {@code fragment} is {@code "template :: name"}. */
    public record Shown(String template, String name, Object data) {
    }

    private final ObjectProvider<PageSection<T>> sections;

    /** By slot, what each section shows of the record for this reader (sections that show nothing left out). */
    public Map<String, List<Shown>> read(Scope scope, T record) {
        Map<String, List<Shown>> slots = new LinkedHashMap<>();
        sections.orderedStream().forEach(section -> {
            Object data = section.read(scope, record);
            if (data != null) {
                section.fragments().forEach((slot, fragment) -> {
                    String[] parts = fragment.split("::");
                    slots.computeIfAbsent(slot, k -> new ArrayList<>())
                            .add(new Shown(parts[0].strip(), parts[1].strip(), data));
                });
            }
        });
        return slots;
    }
}
