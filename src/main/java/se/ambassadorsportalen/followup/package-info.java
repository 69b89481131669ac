/**
 * The digital strategy's monthly follow-up: per channel and 28-day period the followers, new
 * followers, activity or interaction rate, posts and best posts, entered or imported from the
 * channels' statistics exports, set against the channel's targets, with the plan-do-check-act note
 * and the month's report for the whole organisation. Channels and material types come from the
 * policy module's channel guide and published posts from the story module's publishing calendar,
 * both through their published records; this module keeps only channel codes.
 */
package se.ambassadorsportalen.followup;
