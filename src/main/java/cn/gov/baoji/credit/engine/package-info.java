/**
 * Camunda wiring: typed process variables, the small workflow interface the other modules call instead of
 * the engine API, history filtering of personal data, engine configuration.
 */
package cn.gov.baoji.credit.engine;
