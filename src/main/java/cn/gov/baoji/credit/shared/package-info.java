/**
 * Used by every module: identifiers that validate themselves (unified social credit code, resident identity number,
 * case number), what a subject search means and how a page counts its total, and the JDBC for searches.
 */
package cn.gov.baoji.credit.shared;
