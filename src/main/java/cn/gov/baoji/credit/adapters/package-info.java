/**
 * Agency adapters: one sub-package per outside system, each a port with an HTTP and a sandbox
 * implementation; the outbound call log every adapter writes to.
 */
package cn.gov.baoji.credit.adapters;
