/**
 * Designation by the county working group: the {@code designationCriteria} decision recommends a list, the
 * county decides, and a departure from the recommendation must be justified.
 */
package cn.gov.baoji.credit.designation;
