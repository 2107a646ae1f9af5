package dev.facet.playbook;

import dev.facet.shared.ConflictException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playbook templates and their versions. Reads cost two statements whatever the number of tasks.
 * Every edit copies the current version's tasks, applies the change and makes the copy the
 * template's current version (copy-on-write); earlier versions are never changed. Edits name the
 * version number the admin saw, so a stale one is refused instead of overwriting someone else's.
 */
@Service
@Transactional
public class PlaybookManagement {

    public static final String ONBOARDING_SAAS = "onboarding-saas";
    public static final String ONBOARDING_SELF_MANAGED = "onboarding-self-managed";

    private final PlaybookTemplateRepository templates;
    private final PlaybookTemplateVersionRepository versions;
    private final PlaybookTaskTemplateRepository tasks;
    private final Clock clock;

    PlaybookManagement(
            PlaybookTemplateRepository templates,
            PlaybookTemplateVersionRepository versions,
            PlaybookTaskTemplateRepository tasks,
            Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The version a new CTA of this template starts from. */
    @Transactional(readOnly = true)
    public PlaybookVersionView currentVersion(String templateCode) {
        return view(versions.currentByCode(templateCode)
                .orElseThrow(() -> new NotFoundException("Playbook template", templateCode)));
    }

    @Transactional(readOnly = true)
    public PlaybookVersionView currentVersionOf(UUID templateId) {
        return view(versions.currentByTemplate(templateId)
                .orElseThrow(() -> new NotFoundException("Playbook template", templateId)));
    }

    /** Any version, current or earlier, by its id (the one a CTA recorded). */
    @Transactional(readOnly = true)
    public PlaybookVersionView version(UUID versionId) {
        return view(versions.header(versionId).orElseThrow(() -> new NotFoundException("Playbook version", versionId)));
    }

    /** A version of a template by its number (1, 2, …). */
    @Transactional(readOnly = true)
    public PlaybookVersionView version(UUID templateId, int versionNo) {
        return view(versions.header(templateId, versionNo)
                .orElseThrow(() -> new NotFoundException("Playbook version", templateId + " v" + versionNo)));
    }

    /** Every template, by name, in one statement. */
    @Transactional(readOnly = true)
    public List<PlaybookTemplateSummary> templates() {
        return templates.summaries().stream().map(TemplateRow::summary).toList();
    }

    @Transactional(readOnly = true)
    public PlaybookTemplateSummary template(UUID templateId) {
        return templates
                .summary(templateId)
                .map(TemplateRow::summary)
                .orElseThrow(() -> new NotFoundException("Playbook template", templateId));
    }

    /** The template's versions, newest first. */
    @Transactional(readOnly = true)
    public List<PlaybookVersionSummary> versions(UUID templateId) {
        List<PlaybookVersionSummary> history = versions.history(templateId);
        if (history.isEmpty()) {
            throw new NotFoundException("Playbook template", templateId);
        }
        return history;
    }

    /** A new template at version 1 without tasks; a code in use is a {@link ConflictException} on "code". */
    public PlaybookTemplateSummary createTemplate(NewPlaybookTemplate template, String createdBy) {
        String code = template.code().strip();
        String name = template.name().strip();
        String description = template.description().strip();
        PlaybookInputPolicy.checkCode(code);
        PlaybookInputPolicy.checkDetails(name, description, template.targetDays());
        if (templates.existsByCode(code)) {
            throw new ConflictException("code", "Playbook template code " + code + " is in use");
        }
        Instant now = clock.instant();
        var created = new PlaybookTemplate(code, name, description, now);
        PlaybookTemplateVersion first = created.firstVersion(template.targetDays(), createdBy, now);
        try {
            // Flushed here so that a code taken by a concurrent create is a conflict, not a 500 at commit.
            templates.saveAndFlush(created);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("code", "Playbook template code " + code + " is in use");
        }
        versions.save(first);
        return new PlaybookTemplateSummary(created.id(), code, name, description, 1, 0);
    }

    /** Changes name, description and target days: a new version with the same tasks. */
    public PlaybookVersionView changeDetails(
            UUID templateId, int expectedVersion, PlaybookDetails details, String editor) {
        String name = details.name().strip();
        String description = details.description().strip();
        PlaybookInputPolicy.checkDetails(name, description, details.targetDays());
        return edit(templateId, expectedVersion, editor, (template, draft) -> {
            template.describe(name, description, clock.instant());
            draft.targetDays = details.targetDays();
        });
    }

    /** Appends a task at the end. */
    public PlaybookVersionView addTask(UUID templateId, int expectedVersion, PlaybookTaskInput task, String editor) {
        TaskDraft added = TaskDraft.of(task);
        PlaybookInputPolicy.checkTask(added);
        return edit(templateId, expectedVersion, editor, (template, draft) -> {
            PlaybookInputPolicy.checkTaskCount(draft.tasks.size() + 1);
            draft.tasks.add(added);
        });
    }

    /** Replaces a task of the current version (found by its id in that version), keeping its position. */
    public PlaybookVersionView editTask(
            UUID templateId, int expectedVersion, UUID taskId, PlaybookTaskInput task, String editor) {
        TaskDraft changed = TaskDraft.of(task);
        PlaybookInputPolicy.checkTask(changed);
        return edit(
                templateId,
                expectedVersion,
                editor,
                (template, draft) -> draft.tasks.set(draft.indexOf(taskId), changed));
    }

    /** Swaps a task with the one before it; the first task stays where it is. */
    public PlaybookVersionView moveTaskUp(UUID templateId, int expectedVersion, UUID taskId, String editor) {
        return edit(templateId, expectedVersion, editor, (template, draft) -> {
            int index = draft.indexOf(taskId);
            if (index > 0) {
                Collections.swap(draft.tasks, index, index - 1);
            }
        });
    }

    /** Swaps a task with the one after it; the last task stays where it is. */
    public PlaybookVersionView moveTaskDown(UUID templateId, int expectedVersion, UUID taskId, String editor) {
        return edit(templateId, expectedVersion, editor, (template, draft) -> {
            int index = draft.indexOf(taskId);
            if (index < draft.tasks.size() - 1) {
                Collections.swap(draft.tasks, index, index + 1);
            }
        });
    }

    public PlaybookVersionView removeTask(UUID templateId, int expectedVersion, UUID taskId, String editor) {
        return edit(
                templateId, expectedVersion, editor, (template, draft) -> draft.tasks.remove(draft.indexOf(taskId)));
    }

    /** The next version while it is being put together: a copy of the current one's target and tasks. */
    private static final class VersionDraft {
        int targetDays;
        final List<UUID> taskIds;
        final List<TaskDraft> tasks;

        VersionDraft(int targetDays, List<PlaybookTaskTemplate> current) {
            this.targetDays = targetDays;
            this.taskIds = current.stream().map(PlaybookTaskTemplate::id).toList();
            this.tasks = new ArrayList<>(
                    current.stream().map(PlaybookTaskTemplate::draft).toList());
        }

        /** Where a task of the current version is; only valid before tasks are added or removed. */
        int indexOf(UUID taskId) {
            int index = taskIds.indexOf(taskId);
            if (index < 0) {
                throw new NotFoundException("Playbook task", taskId);
            }
            return index;
        }
    }

    private interface Edit {
        void apply(PlaybookTemplate template, VersionDraft draft);
    }

    /** Copy-on-write: copy the current version, apply the edit, make the copy current. */
    private PlaybookVersionView edit(UUID templateId, int expectedVersion, String editor, Edit edit) {
        PlaybookTemplate template = templates
                .findForUpdate(templateId)
                .orElseThrow(() -> new NotFoundException("Playbook template", templateId));
        PlaybookTemplateVersion current = versions.findById(template.currentVersionId())
                .orElseThrow(() -> new IllegalStateException("Template " + templateId + " has no current version"));
        if (current.versionNo() != expectedVersion) {
            throw new StaleEditException("Playbook template " + template.code());
        }
        var draft = new VersionDraft(current.targetDays(), tasks.findWithChecklist(current.id()));
        edit.apply(template, draft);
        Instant now = clock.instant();
        PlaybookTemplateVersion next = current.next(draft.targetDays, draft.tasks, editor, now);
        versions.save(next);
        template.advanceTo(next, now);
        return new PlaybookVersionView(
                next.id(),
                template.id(),
                template.code(),
                template.name(),
                next.versionNo(),
                next.targetDays(),
                next.newTasks().stream().map(PlaybookTaskTemplate::view).toList());
    }

    private PlaybookVersionView view(VersionHeader header) {
        List<PlaybookTaskView> taskViews = tasks.findWithChecklist(header.id()).stream()
                .map(PlaybookTaskTemplate::view)
                .toList();
        return new PlaybookVersionView(
                header.id(),
                header.templateId(),
                header.templateCode(),
                header.templateName(),
                header.version(),
                header.targetDays(),
                taskViews);
    }
}
