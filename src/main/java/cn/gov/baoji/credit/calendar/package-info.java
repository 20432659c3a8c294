/**
 * The official working-day calendar: public holidays and make-up working days announced each year by the
 * State Council General Office, and the service that counts legal deadlines in working days on it.
 * Administrators keep it through {@code /api/v1/calendar}; a deadline reaching a year not loaded is answered 503.
 */
package cn.gov.baoji.credit.calendar;
