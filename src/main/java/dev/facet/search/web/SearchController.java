package dev.facet.search.web;

import dev.facet.search.GlobalSearch;
import dev.facet.search.SearchGroup;
import dev.facet.search.SearchHits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=}: every group with a few hits and "see all"; {@code &in=} one group, a page at a
 * time. {@code /search/suggestions} is the same few hits as a fragment, which the navigation bar's box
 * shows while the person types; without JavaScript the box submits to the page.
 */
@Controller
class SearchController {

    static final int FEW = 5;
    static final int PAGE = 25;

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable SearchGroup in,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int pageNumber = Math.max(page, 0);
        model.addAttribute("q", q.strip());
        model.addAttribute("in", in);
        model.addAttribute("pageNumber", pageNumber);
        if (GlobalSearch.searchable(q)) {
            if (in == null) {
                few(q, model);
            } else {
                model.addAttribute("results", one(q, in, pageNumber * PAGE, PAGE));
            }
        }
        return "search/results";
    }

    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q.strip());
        if (GlobalSearch.searchable(q)) {
            few(q, model);
        }
        return "search/results :: suggestions";
    }

    private void few(String q, Model model) {
        model.addAttribute("accounts", search.accounts(q, 0, FEW));
        model.addAttribute("contacts", search.contacts(q, 0, FEW));
        model.addAttribute("ctas", search.ctas(q, 0, FEW));
    }

    private SearchHits<?> one(String q, SearchGroup group, int offset, int limit) {
        return switch (group) {
            case ACCOUNTS -> search.accounts(q, offset, limit);
            case CONTACTS -> search.contacts(q, offset, limit);
            case CTAS -> search.ctas(q, offset, limit);
        };
    }
}
