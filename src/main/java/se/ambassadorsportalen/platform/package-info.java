/**
 * What every module shares and nothing more: persistence support (versioned entities, paging,
 * migrations at start-up), security (roles, the identity store, the authentication mechanism),
 * i18n, the layout and its extension points, the REST application with problem documents, mail,
 * demo loading and health checks. The platform knows no business module.
 */
package se.ambassadorsportalen.platform;
