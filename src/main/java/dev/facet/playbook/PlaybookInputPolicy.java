package dev.facet.playbook;

import dev.facet.shared.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;

/** What a template and its tasks may hold; the forms check the same, this guards every other caller. */
final class PlaybookInputPolicy {

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_CODE = 64;
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_TARGET_DAYS = 365;
    static final int MAX_TITLE = 200;
    static final int MAX_TASK_DESCRIPTION = 4000;
    static final int MAX_OFFSET_DAYS = 365;
    static final int MAX_CHECKLIST_ITEMS = 30;
    static final int MAX_CHECKLIST_LABEL = 200;
    static final int MAX_TASKS = 100;

    private PlaybookInputPolicy() {}

    static void checkCode(String code) {
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "playbook.code.pattern", "Code must be kebab-case");
        }
    }

    static void checkDetails(String name, String description, int targetDays) {
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "playbook.name.invalid", "Name is empty or too long");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "playbook.description.tooLong", "Description too long");
        }
        if (targetDays < 1 || targetDays > MAX_TARGET_DAYS) {
            throw new InvalidInputException("targetDays", "playbook.targetDays.range", "Target days out of range");
        }
    }

    static void checkTask(TaskDraft task) {
        if (task.title().isBlank() || task.title().length() > MAX_TITLE) {
            throw new InvalidInputException("title", "playbook.task.title.invalid", "Title is empty or too long");
        }
        if (task.description().length() > MAX_TASK_DESCRIPTION) {
            throw new InvalidInputException(
                    "description", "playbook.task.description.tooLong", "Task description too long");
        }
        if (task.dueOffsetDays() < 0 || task.dueOffsetDays() > MAX_OFFSET_DAYS) {
            throw new InvalidInputException("dueOffsetDays", "playbook.task.offset.range", "Due offset out of range");
        }
        List<String> checklist = task.checklist();
        if (checklist.size() > MAX_CHECKLIST_ITEMS
                || checklist.stream().anyMatch(item -> item.isBlank() || item.length() > MAX_CHECKLIST_LABEL)) {
            throw new InvalidInputException("checklist", "playbook.task.checklist.invalid", "Checklist invalid");
        }
    }

    static void checkTaskCount(int count) {
        if (count > MAX_TASKS) {
            throw new InvalidInputException("title", "playbook.task.tooMany", "Too many tasks");
        }
    }
}
