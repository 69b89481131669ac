/**
 * The organisation every module builds on: administrations and units as a tree, the people in it
 * (employees with a unit and thus a manager, elected officials without), and their portal accounts
 * and roles. Admins maintain it in the portal or an HR system keeps it in sync through the admin API.
 */
package se.ambassadorsportalen.organisation;
