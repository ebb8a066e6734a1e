package cn.helituan.web.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** The links of a paginated list, numbered from 1 as users read them ({@code ?page=2} is the second page); each keeps the request's other parameters (filters, search). */
public record Pagination(long total, int number, int totalPages, List<Link> links, String previous, String next,
                         boolean more) {

    public record Link(int number, String url, boolean current) {
    }

    /**
     * The request for page {@code page} as users number them (from 1; 0 or less is the first), {@code size} rows a
     * page, and never past the last page a row offset can address: {@code ?page=99999999999} is the same empty page as
     * any other page past the end, not a failure of the statement.
     */
    public static PageRequest request(int page, int size) {
        return PageRequest.of(Math.min(Math.max(page, 1), Integer.MAX_VALUE / size) - 1, size);
    }

    public static Pagination of(Page<?> page, HttpServletRequest request) {
        return of(page, request, false);
    }

    /** As {@link #of(Page, HttpServletRequest)}, for a list that counted only so far: {@code more} matches exist. */
    public static Pagination of(Page<?> page, HttpServletRequest request, boolean more) {
        int current = page.getNumber();
        int pages = page.getTotalPages();
        List<Link> links = new ArrayList<>();
        int from = Math.max(0, current - 2);
        int to = Math.min(pages - 1, current + 2);
        for (int i = from; i <= to; i++) {
            links.add(new Link(i + 1, url(request, i), i == current));
        }
        return new Pagination(page.getTotalElements(), current + 1, pages, links,
                page.hasPrevious() ? url(request, current - 1) : null,
                page.hasNext() ? url(request, current + 1) : null, more);
    }

    /** The same filters on another path (e.g. the list's Excel export), without the page number. */
    public static String withoutPage(String path, HttpServletRequest request) {
        return Links.sameRequest(request).replacePath(path).replaceQueryParam("page").build().toUriString();
    }

    /** This page from its first page with one parameter set, or taken away when the value is null. */
    public static String withParam(HttpServletRequest request, String name, String value) {
        UriComponentsBuilder link = Links.sameRequest(request).replaceQueryParam("page");
        return (value == null ? link.replaceQueryParam(name) : link.replaceQueryParam(name, value)).build()
                .toUriString();
    }

    /** This very page (its number kept) with its totals asked for (the activity list without JavaScript). */
    public static String withTotals(HttpServletRequest request) {
        return Links.sameRequest(request).replaceQueryParam("totals", true).build().toUriString();
    }

    private static String url(HttpServletRequest request, int page) {
        return Links.sameRequest(request).replaceQueryParam("page", page + 1).build().toUriString();
    }
}
