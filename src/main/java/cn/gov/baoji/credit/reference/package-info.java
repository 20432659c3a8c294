/** Reference data: Baoji's county-level divisions (GB/T 2260), aliases, jurisdiction of a division code. */
package cn.gov.baoji.credit.reference;
