/**
 * Publication of the lists on the Credit Baoji website: process {@code listPublication} collects the registry's
 * changes since the last batch, the credit office approves them (or holds single entries back), the website
 * adapter publishes them, commerce records the media exposure. What is published is masked by
 * {@link cn.gov.baoji.credit.publication.PublicEntry}; an expired or removed entry is withdrawn at once, in the
 * transaction that ended it. The public list pages and feeds read the published copy only.
 */
package cn.gov.baoji.credit.publication;
