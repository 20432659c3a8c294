/**
 * Credit repair (信用修复): a listed subject applies, with evidence of correction, to come off its list before the
 * listing ends; the county (the credit office for an imported entry) decides within the repair deadline in
 * process {@code creditRepair}. A repaired entry is removed through the registry, which ends its punishment,
 * tells every unit and platform and withdraws it from the website.
 */
package cn.gov.baoji.credit.repair;
