/**
 * The communication policy module: policy documents with versions and read acknowledgements,
 * the channel guide (channels, material types and how common each type is in each channel),
 * and the plain-language score (LIX) that everyone who writes sees.
 */
package se.ambassadorsportalen.policy;
