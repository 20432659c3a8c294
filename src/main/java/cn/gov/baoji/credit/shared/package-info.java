/**
 * Value types used by every module: identifiers that validate themselves (unified social credit code,
 * resident identity number, case number).
 */
package cn.gov.baoji.credit.shared;
