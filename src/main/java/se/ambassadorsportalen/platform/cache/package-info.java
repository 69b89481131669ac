/**
 * Copies of what many callers read and few change, shared within one node: {@link
 * se.ambassadorsportalen.platform.cache.RefreshAhead} serves the kept copy while one caller reads a
 * new one, so a busy page never waits as a crowd on one reading.
 */
package se.ambassadorsportalen.platform.cache;
