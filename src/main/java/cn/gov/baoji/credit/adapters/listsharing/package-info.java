/**
 * Sharing list entries with the working group's member units and the Shaanxi provincial public credit
 * information platform ({@link cn.gov.baoji.credit.adapters.listsharing.ListSharingPort}).
 */
@org.springframework.modulith.NamedInterface("listsharing")
package cn.gov.baoji.credit.adapters.listsharing;
