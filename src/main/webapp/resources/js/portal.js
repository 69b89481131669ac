/*
 * Two gaps in PrimeFaces 15 that no component attribute closes, filled in one place:
 * - Its Swedish client locale has no aria label for an autocomplete's list of suggestions, so
 *   screen readers announced "Options List" in English on Swedish pages. The label comes from the
 *   portal's bundles through the body's data-list-label attribute (no user data).
 * - Its date-picker button carries the hidden text "ui-button" while its accessible name is
 *   "Välj datum" (axe: label-content-name-mismatch). The icon-only button needs no text, so the
 *   text is removed wherever such a button appears (on load or after an ajax update).
 * - Its select menu's focusable part (the combobox) gets the chosen option as its aria-label on
 *   every change, so a filter was announced "Alla" instead of "Kanal", whatever label the page
 *   gave it. aria-labelledby wins over aria-label, so the combobox is pointed at the field's own
 *   label (the value is still read as the combobox's text).
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
    function namedByTheirLabels(root) {
        jQuery(root || document).find('.ui-selectonemenu').addBack('.ui-selectonemenu').each(function () {
            var combobox = jQuery(this).children('.ui-selectonemenu-label[role="combobox"]');
            if (!combobox.length || combobox.attr('aria-labelledby')) {
                return;
            }
            var id = this.id;
            var label = jQuery('label').filter(function () {
                var target = this.htmlFor;
                return target === id || target === id + '_input' || target === id + '_focus' || target === id + '_label';
            }).first();
            if (label.length) {
                if (!label.attr('id')) {
                    label.attr('id', id + '_fieldLabel');
                }
                combobox.attr('aria-labelledby', label.attr('id'));
            }
        });
    }
    // the menu's list of options (built when it first opens, in a panel outside the menu) is
    // named by the same label, so the list is not announced nameless
    function listsNamedByTheirLabels() {
        document.querySelectorAll('[role="listbox"][id$="_items"]:not([aria-label]):not([aria-labelledby])').forEach(function (list) {
            var combobox = document.getElementById(list.id.substring(0, list.id.length - '_items'.length) + '_label');
            var labelledBy = combobox && combobox.getAttribute('aria-labelledby');
            if (labelledBy) {
                list.setAttribute('aria-labelledby', labelledBy);
            }
        });
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
            listsNamedByTheirLabels();
            mutations.forEach(function (mutation) {
                mutation.addedNodes.forEach(function (node) {
                    if (node.nodeType === 1) {
                        withoutButtonText(node.parentNode || node);
                        namedByTheirLabels(node.parentNode || node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    }
    jQuery(function () {
        withoutButtonText();
        namedByTheirLabels();
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

/*
 * The navigation on phones: the entries fold away behind a menu button (CSS shows the button only
 * on narrow screens). No PrimeFaces component collapses the plain list responsively without
 * rendering the entries a second time (a sidebar or a menubar's mobile copy), so a few lines here
 * keep one list whose state is told to screen readers by aria-expanded.
 */
(function () {
    // delegated: this script runs at the top of the body, before the navigation exists
    function close(nav, toggle) {
        nav.classList.remove('portal-nav-open');
        toggle.setAttribute('aria-expanded', 'false');
    }
    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('#navToggle');
        var nav = document.getElementById('mainNav');
        if (!toggle || !nav) {
            return;
        }
        var open = nav.classList.toggle('portal-nav-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
        var nav = document.getElementById('mainNav');
        var toggle = document.getElementById('navToggle');
        if (event.key === 'Escape' && nav && toggle && nav.classList.contains('portal-nav-open') && nav.contains(event.target)) {
            close(nav, toggle);
            toggle.focus();
        }
    });
})();

/*
 * The module menus are native <details>: open and close by mouse, keyboard and screen reader
 * without a script. These lines only make them behave like menus: one open at a time, closed by a
 * click elsewhere or by Escape (focus back on the menu's name).
 */
(function () {
    function openMenus() {
        return document.querySelectorAll('#mainNav details.portal-nav-menu[open]');
    }
    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (!opened.matches || !opened.matches('details.portal-nav-menu') || !opened.open) {
            return;
        }
        openMenus().forEach(function (menu) {
            if (menu !== opened) {
                menu.open = false;
            }
        });
    }, true);
    document.addEventListener('click', function (event) {
        openMenus().forEach(function (menu) {
            if (!menu.contains(event.target)) {
                menu.open = false;
            }
        });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        openMenus().forEach(function (menu) {
            if (menu.contains(event.target)) {
                menu.open = false;
                menu.querySelector('summary').focus();
            }
        });
    });
})();
