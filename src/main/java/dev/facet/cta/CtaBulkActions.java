package dev.facet.cta;

import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The cockpit's actions on the CTAs a person ticked: snooze, close, and for managers reassign. Each
 * CTA is changed in its own transaction by {@link CtaManagement} with the same rules as one at a
 * time, so one that may not be changed (another's, closed meanwhile, tasks still open) is left as it
 * was and named in the outcome while the others go ahead.
 */
@Service
public class CtaBulkActions {

    /** A cockpit page holds at most this many. */
    public static final int MAX_CTAS = 100;

    private final CtaManagement ctas;

    CtaBulkActions(CtaManagement ctas) {
        this.ctas = ctas;
    }

    public BulkOutcome snooze(List<UUID> ctaIds, LocalDate until, String reason, CtaActor actor) {
        return each(ctaIds, id -> ctas.snooze(id, until, reason, actor));
    }

    public BulkOutcome close(List<UUID> ctaIds, CtaStatus status, boolean openTasksConfirmed, CtaActor actor) {
        return each(ctaIds, id -> ctas.close(id, status, null, null, openTasksConfirmed, actor));
    }

    public BulkOutcome reassign(List<UUID> ctaIds, UUID newOwnerId, CtaActor actor) {
        if (!actor.manager()) {
            throw new AccessDeniedToObjectException("Only a manager reassigns CTAs");
        }
        return each(ctaIds, id -> ctas.reassign(id, newOwnerId, actor));
    }

    private BulkOutcome each(List<UUID> ctaIds, Consumer<UUID> action) {
        if (ctaIds.isEmpty()) {
            throw new InvalidInputException("ctaIds", "cta.bulk.noneChosen", "Tick the CTAs to change first");
        }
        if (ctaIds.size() > MAX_CTAS) {
            throw new InvalidInputException("ctaIds", "cta.bulk.tooMany", "At most " + MAX_CTAS + " at once");
        }
        int done = 0;
        List<BulkOutcome.Refusal> refused = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ctaIds)) {
            try {
                action.accept(id);
                done++;
            } catch (InvalidInputException e) {
                refused.add(refusal(
                        id,
                        e.messageCode(),
                        Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            } catch (ConflictException e) {
                refused.add(refusal(id, "cta.bulk.refused.closed", List.of()));
            } catch (AccessDeniedToObjectException e) {
                refused.add(refusal(id, "cta.bulk.refused.notYours", List.of()));
            } catch (NotFoundException e) {
                refused.add(new BulkOutcome.Refusal(id, "?", "cta.bulk.refused.gone", List.of()));
            } catch (OptimisticLockingFailureException e) {
                // Someone changed it at the same moment: left as they made it.
                refused.add(refusal(id, "cta.bulk.refused.changedMeanwhile", List.of()));
            }
        }
        return new BulkOutcome(done, refused);
    }

    private BulkOutcome.Refusal refusal(UUID id, String reasonCode, List<String> arguments) {
        String account = ctas.find(id).map(CtaSummary::accountName).orElse("?");
        return new BulkOutcome.Refusal(id, account, reasonCode, arguments);
    }
}
