/** What every export shares: text made safe for spreadsheets. Knows no business module. */
package se.ambassadorsportalen.platform.export;
