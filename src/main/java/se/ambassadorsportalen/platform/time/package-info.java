/** The portal's one clock and time zone, which every module reads its "now" and its times from. */
package se.ambassadorsportalen.platform.time;
