/**
 * Internal news: staff hear news before the press does. Communicators write items in Markdown
 * (rendered safely, raw HTML cut out as in policy documents) for the whole organisation or chosen
 * administrations and units, with a topic and a brand association, as a draft first and then
 * published. Employees see the newest items for them on the home page and the news page, subscribe
 * to topics and units, get a daily or weekly digest by mail in their language, and may read a
 * personal Atom feed at a private address they can regenerate or revoke. The press module links a
 * planned press release to the item that goes first, through
 * {@link se.ambassadorsportalen.platform.integration.InternalNews}.
 */
package se.ambassadorsportalen.news;
