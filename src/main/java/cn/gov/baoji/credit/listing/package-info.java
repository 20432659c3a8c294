/**
 * Due process of a listing, after the county's designation: the prior notice to the subject and its
 * statement, the listing decision with the credit-repair notice, and the objection against a listing
 * (process {@code listingObjection}). Entries themselves live in the registry.
 */
package cn.gov.baoji.credit.listing;
