/**
 * Verification of the subject's registration with the market regulator and the third-party credit
 * investigation (陕西正浩征信), with its deadline, reminder and escalation to the credit office.
 */
package cn.gov.baoji.credit.investigation;
