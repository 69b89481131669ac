/**
 * Copies of what many callers read and few change, shared within one node: {@link
 * se.ambassadorsportalen.platform.cache.RefreshAhead} serves the kept copy while one caller reads a
 * new one, so a busy page never waits as a crowd on one reading. A copy that every node must drop
 * when any node changes its source is a {@link se.ambassadorsportalen.platform.cache.GenerationCheckedCopy},
 * whose generation {@link se.ambassadorsportalen.platform.cache.CacheGenerations} keeps in the database.
 */
package se.ambassadorsportalen.platform.cache;
