/**
 * The communication policy module: the organisation's policy and its guidelines as versioned
 * documents that every employee reads in their language and acknowledges, with managers' view of
 * who has read the current version; the channel guide (channels, material types and how common
 * each type is in each channel); and the plain-language score (LIX) that everyone who writes sees.
 */
package se.ambassadorsportalen.policy;
