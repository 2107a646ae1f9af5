// Sends Spring Security's CSRF token with every htmx request (CSP forbids inline scripts).
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Forms marked data-confirm ask before they submit.
document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// Checkboxes marked data-autosubmit submit their form when changed (without JavaScript, a button does).
document.addEventListener("change", function (event) {
    if (event.target.matches("[data-autosubmit]")) {
        event.target.form.requestSubmit();
    }
});

// A fragment that comes back with a form error (422) or a stale edit (409) still replaces its target,
// so the user sees the error next to what they typed.
document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 422 || status === 409) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
    }
});

// Charts: a <canvas data-chart="{...}"> carries its Chart.js configuration as JSON (CSP forbids inline
// scripts), drawn on page load and whenever htmx swaps in content that contains one.
function drawCharts(root) {
    if (typeof Chart === "undefined") {
        return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        if (canvas.facetChart) {
            canvas.facetChart.destroy();
        }
        canvas.facetChart = new Chart(canvas, JSON.parse(canvas.getAttribute("data-chart")));
    });
}
document.addEventListener("DOMContentLoaded", function () {
    drawCharts(document);
});
document.addEventListener("htmx:afterSettle", function (event) {
    drawCharts(event.detail.elt);
});

// Email template editor: a button marked data-insert-token puts its token at the cursor of the
// subject or body field (marked data-token-target) last focused, the body by default, and tells htmx
// the text changed so the preview follows.
(function () {
    var lastField = null;
    document.addEventListener("focusin", function (event) {
        if (event.target.matches("[data-token-target]")) {
            lastField = event.target;
        }
    });
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-insert-token]");
        if (!button) {
            return;
        }
        var form = button.closest("form");
        var field = lastField && form && form.contains(lastField)
            ? lastField
            : form && form.querySelector("textarea[data-token-target]");
        if (!field) {
            return;
        }
        var start = field.selectionStart === null ? field.value.length : field.selectionStart;
        var end = field.selectionEnd === null ? start : field.selectionEnd;
        field.setRangeText(button.getAttribute("data-insert-token"), start, end, "end");
        field.focus();
        field.dispatchEvent(new Event("input", {bubbles: true}));
    });
})();
