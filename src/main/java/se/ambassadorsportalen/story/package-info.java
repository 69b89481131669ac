/**
 * Staff stories: employees write them with photos and the consent of everyone pictured, their
 * manager approves or returns them, communicators plan and publish them on a calendar across the
 * channels, and published staff portraits feed the public careers site. Reads the channel guide
 * and the readability score through {@code policy.boundary} only.
 */
package se.ambassadorsportalen.story;
