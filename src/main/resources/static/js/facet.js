// Sends Spring Security's CSRF token with every htmx request (CSP forbids inline scripts).
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Forms marked data-confirm ask before they submit. The listener captures the event on its way down,
// before htmx's own listener on the form sends the request: "No" stops both htmx and the browser.
// "Yes" adds confirmed=true, which the server requires (without JavaScript it asks on a page of its own).
document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute("data-confirm");
    if (!message) {
        return;
    }
    if (!window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
    }
    var confirmed = form.querySelector('input[name="confirmed"]');
    if (!confirmed) {
        confirmed = document.createElement("input");
        confirmed.type = "hidden";
        confirmed.name = "confirmed";
        form.appendChild(confirmed);
    }
    confirmed.value = "true";
}, true);

// An htmx request that reached the server without a live session did nothing: say so over the page, with
// a link to this same page (which signs in first and then comes back here).
document.addEventListener("htmx:afterRequest", function (event) {
    var xhr = event.detail.xhr;
    if (!xhr || xhr.getResponseHeader("X-Facet-Session") !== "ended") {
        return;
    }
    var banner = document.getElementById("session-ended");
    if (!banner) {
        return;
    }
    document.getElementById("session-ended-link").href = window.location.pathname + window.location.search;
    banner.hidden = false;
    banner.focus();
});

// A form posted after the session had ended comes back with what was typed: put it back into that form.
document.addEventListener("DOMContentLoaded", function () {
    var draft = document.getElementById("unsaved-draft");
    if (!draft) {
        return;
    }
    var action = draft.getAttribute("data-draft-action");
    var form = Array.prototype.find.call(document.forms, function (f) {
        return f.getAttribute("action") === action;
    });
    if (!form) {
        return;
    }
    var saved = {};
    draft.querySelectorAll("[data-draft-field]").forEach(function (input) {
        var name = input.getAttribute("data-name");
        (saved[name] = saved[name] || []).push(input.value);
    });
    Array.prototype.forEach.call(form.elements, function (field) {
        var values = saved[field.name];
        if (!values || field.type === "hidden" || field.type === "submit") {
            return;
        }
        if (field.type === "checkbox" || field.type === "radio") {
            field.checked = values.indexOf(field.value) >= 0;
        } else if (field.type === "select-multiple") {
            Array.prototype.forEach.call(field.options, function (option) {
                option.selected = values.indexOf(option.value) >= 0;
            });
        } else {
            field.value = values[0];
        }
    });
    var first = form.querySelector("textarea, input:not([type=hidden]), select");
    (first || draft).focus();
});

// "/" anywhere but in a field puts the cursor in the navigation bar's search; Escape closes its list.
document.addEventListener("keydown", function (event) {
    var box = document.getElementById("global-search");
    if (!box) {
        return;
    }
    var target = event.target;
    var typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].indexOf(target.tagName) >= 0;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        box.focus();
        box.select();
    } else if (event.key === "Escape" && target === box) {
        document.getElementById("global-search-results").innerHTML = "";
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

// After an action swapped part of the page (not a panel loading itself), move focus to what changed:
// its error or status message when it has one, else the swapped element, so a keyboard or
// screen-reader user is taken to the result instead of being left on a button that may be gone.
document.addEventListener("htmx:afterSettle", function (event) {
    var config = event.detail.requestConfig;
    if (!config || config.verb === "get") {
        return;
    }
    var target = event.detail.target;
    if (!target || !document.body.contains(target)) {
        return;
    }
    var focus = target.querySelector(".is-invalid, [role=alert], [role=status], .alert") || target;
    if (!focus.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(focus.tagName)) {
        focus.setAttribute("tabindex", "-1");
    }
    focus.focus({preventScroll: false});
});

// A full page that came back with a refused form (422/409) was drawn at the form's POST address:
// put the page's own address back (a refresh then reloads it) and go to the form's first error.
document.addEventListener("DOMContentLoaded", function () {
    var failure = document.getElementById("form-failure");
    if (!failure) {
        return;
    }
    var section = document.getElementById(failure.getAttribute("data-section"));
    window.history.replaceState(null, "", failure.getAttribute("data-url") + "#" + failure.getAttribute("data-section"));
    if (section) {
        var focus = section.querySelector(".error-summary, .is-invalid, [role=alert]") || section;
        if (!focus.hasAttribute("tabindex") && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(focus.tagName)) {
            focus.setAttribute("tabindex", "-1");
        }
        // Once the page has loaded: focus given earlier was back on the document by then (seen in Chromium).
        window.addEventListener("load", function () {
            focus.focus();
        });
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
