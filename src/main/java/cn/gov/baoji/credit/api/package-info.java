/**
 * What every REST endpoint shares: RFC 9457 problem answers for bad input, the request size limit.
 * Controllers live in their capability; this module only shapes their errors.
 */
package cn.gov.baoji.credit.api;
