/**
 * The complaint column of the "Credit Baoji" website (电子商务领域失信投诉专栏): public pages without login, in
 * Simplified Chinese, rendered on the server. Citizens file a complaint (intake's rules and transaction, channel
 * {@code PUBLIC}) and look up its stage with the case number and a query code, of which only a peppered hash is
 * kept (table {@code portal_receipt}). Owns no process and publishes no event; no module depends on it.
 */
package cn.gov.baoji.credit.portal;
