package dev.facet.team.web;

import dev.facet.account.AccountFilter;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountSort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The accounts a log form offers: the first few whose name matches what the user typed (the whole
 * book can hold 100,000 accounts, so the list is searched, not listed), plus the one already chosen.
 */
@Component
class AccountChoices {

    static final int LIMIT = 20;

    private final AccountManagement accounts;

    AccountChoices(AccountManagement accounts) {
        this.accounts = accounts;
    }

    List<AccountChoice> matching(@Nullable String query, @Nullable UUID selected) {
        String name = query == null || query.isBlank() ? null : query.trim();
        List<AccountChoice> choices = new ArrayList<>();
        accounts.search(
                        new AccountFilter(name, null, null, null, null, null),
                        AccountSort.NAME,
                        Sort.Direction.ASC,
                        PageRequest.of(0, LIMIT))
                .forEach(a -> choices.add(new AccountChoice(a.id(), a.name())));
        if (selected != null && choices.stream().noneMatch(c -> c.id().equals(selected))) {
            String selectedName = accounts.names(Set.of(selected)).get(selected);
            if (selectedName != null) {
                choices.addFirst(new AccountChoice(selected, selectedName));
            }
        }
        return List.copyOf(choices);
    }
}
