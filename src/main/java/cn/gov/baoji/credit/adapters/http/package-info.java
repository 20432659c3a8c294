/**
 * HTTP plumbing shared by the HTTP adapters of every agency: timeouts, credentials, JSON. Internal to the
 * adapters module.
 */
package cn.gov.baoji.credit.adapters.http;
