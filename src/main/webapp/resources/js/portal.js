/*
 * Two gaps in PrimeFaces 15 that no component attribute closes, filled in one place:
 * - Its Swedish client locale has no aria label for an autocomplete's list of suggestions, so
 *   screen readers announced "Options List" in English on Swedish pages. The label comes from the
 *   portal's bundles through the body's data-list-label attribute (no user data).
 * - Its date-picker button carries the hidden text "ui-button" while its accessible name is
 *   "Välj datum" (axe: label-content-name-mismatch). The icon-only button needs no text, so the
 *   text is removed wherever such a button appears (on load or after an ajax update).
 */
(function () {
    if (!window.PrimeFaces || !window.jQuery) {
        return;
    }
    var listLabel = document.body && document.body.getAttribute('data-list-label');
    if (listLabel) {
        var settings = PrimeFaces.getLocaleSettings();
        settings.aria = jQuery.extend({}, settings.aria || {}, {listLabel: listLabel});
    }
    function withoutButtonText(root) {
        jQuery(root || document).find('.ui-datepicker-trigger').each(function () {
            var button = jQuery(this);
            button.children('.ui-button-text').remove();
            // a button the widget renders again (e.g. when the window narrows) comes without its name
            if (!button.attr('aria-label')) {
                button.attr('aria-label', PrimeFaces.getLocaleLabel('chooseDate'));
            }
        });
    }
    // the widgets add their buttons after this script and again after ajax updates: watch for them
    if (window.MutationObserver && document.body) {
        new MutationObserver(function (mutations) {
            mutations.forEach(function (mutation) {
                mutation.addedNodes.forEach(function (node) {
                    if (node.nodeType === 1) {
                        withoutButtonText(node.parentNode || node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    }
    jQuery(function () {
        withoutButtonText();
    });
})();

/*
 * Focus after an ajax update: when the update replaced the element that had focus (a save button
 * re-rendered with its form), the browser drops focus to <body> and a keyboard or screen-reader
 * user starts over from the top. Focus goes instead to the first field with an error, else back to
 * the element with the same id, else to the page's messages when they say something.
 */
(function () {
    if (!window.jQuery) {
        return;
    }
    var focusedId = null;
    jQuery(document).on('pfAjaxSend', function () {
        var active = document.activeElement;
        focusedId = active && active !== document.body ? active.id : null;
    });
    jQuery(document).on('pfAjaxComplete', function () {
        window.setTimeout(function () {
            var active = document.activeElement;
            if (active && active !== document.body) {
                return;
            }
            var invalid = jQuery('input.ui-state-error:visible, textarea.ui-state-error:visible').first();
            if (invalid.length) {
                invalid.trigger('focus');
                return;
            }
            var again = focusedId ? document.getElementById(focusedId) : null;
            if (again && jQuery(again).is(':visible')) {
                again.focus();
                return;
            }
            var messages = document.getElementById('messages');
            if (messages && messages.textContent.trim()) {
                messages.setAttribute('tabindex', '-1');
                messages.focus();
            }
        }, 0);
    });
})();

/*
 * Tables are read, not navigated cell by cell: PrimeFaces' cell navigation makes the first cell of
 * every table a Tab stop (an empty one too) that leads nowhere a keyboard user needs. Switched off
 * for every table in one place instead of on each of the portal's tables; rows' buttons and links
 * stay in the Tab order as usual.
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.DataTable) {
        return;
    }
    var init = PrimeFaces.widget.DataTable.prototype.init;
    PrimeFaces.widget.DataTable.prototype.init = function (cfg) {
        cfg.cellNavigation = false;
        return init.apply(this, arguments);
    };
})();
