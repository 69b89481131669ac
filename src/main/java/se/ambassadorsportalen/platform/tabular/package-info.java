/**
 * Uploaded tables (CSV or Excel workbook) read as a stream of rows for the imports of every module,
 * and the progress an import shows while it reads.
 */
package se.ambassadorsportalen.platform.tabular;
