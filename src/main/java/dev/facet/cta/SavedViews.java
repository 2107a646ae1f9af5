package dev.facet.cta;

import dev.facet.security.CurrentUser;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's saved cockpit views. Saving under a name they already use replaces that view's
 * filters; at most one view is the default, which the cockpit opens with. A person only ever reads
 * and changes their own views.
 */
@Service
@Transactional
public class SavedViews {

    static final int MAX_NAME = 100;
    static final int MAX_QUERY = 1000;
    static final int MAX_VIEWS = 30;

    private final SavedViewRepository views;
    private final Clock clock;

    SavedViews(SavedViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedViewSummary> of(CurrentUser user) {
        return views.findOfUser(user.id()).stream().map(SavedView::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SavedViewSummary> defaultOf(CurrentUser user) {
        return views.findDefault(user.id()).map(SavedView::summary);
    }

    /** {@code query} is built by the cockpit from its own parameters, never taken as typed. */
    public SavedViewSummary save(CurrentUser user, String name, String query, boolean makeDefault) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "cta.views.name.required", "Name the view");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("name", "cta.views.name.tooLong", "The name is too long");
        }
        if (query.length() > MAX_QUERY) {
            throw new InvalidInputException("name", "cta.views.query.tooLong", "Too many filters to save");
        }
        SavedView view = views.findNamed(user.id(), clean).orElse(null);
        if (view == null) {
            if (views.countByUserId(user.id()) >= MAX_VIEWS) {
                throw new InvalidInputException("name", "cta.views.tooMany", "At most " + MAX_VIEWS + " views");
            }
            view = new SavedView(user.id(), clean, query, clock.instant());
        } else {
            view.replaceQuery(query);
        }
        if (makeDefault) {
            views.clearDefault(user.id());
            view = views.findById(view.id()).orElse(view);
            view.makeDefault(true);
        }
        return views.saveAndFlush(view).summary();
    }

    public void makeDefault(CurrentUser user, UUID viewId) {
        SavedView view = own(user, viewId);
        views.clearDefault(user.id());
        SavedView fresh = own(user, view.id());
        fresh.makeDefault(true);
        views.saveAndFlush(fresh);
    }

    public void delete(CurrentUser user, UUID viewId) {
        views.delete(own(user, viewId));
    }

    /** Someone else's view is "not found", so an id tells nobody that it exists. */
    private SavedView own(CurrentUser user, UUID viewId) {
        return views.findById(viewId)
                .filter(v -> v.userId().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("Saved view", viewId));
    }
}
