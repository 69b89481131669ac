/**
 * The header search: one Lucene index in memory per node ({@link se.ambassadorsportalen.platform.search.SearchIndex}),
 * filled and kept fresh by {@link se.ambassadorsportalen.platform.search.PortalSearch} from the
 * {@link se.ambassadorsportalen.platform.search.SearchSource}s the modules publish, each reading through its
 * own boundary. Every hit carries its readers' keys and is shown only to a caller holding one. The
 * platform knows no module here either: it indexes what the sources hand in.
 */
package se.ambassadorsportalen.platform.search;
