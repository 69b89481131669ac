/**
 * The organisation's communication policy and its guidelines: versioned documents that every
 * employee can read in their language and acknowledge, with managers' view of who has read
 * the current version; the channel guide with its material-type matrix; and the plain-language
 * score (LIX) that writers see while they write.
 */
package se.ambassadorsportalen.policy;
