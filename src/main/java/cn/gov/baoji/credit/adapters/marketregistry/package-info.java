/**
 * The enterprise registry of the market regulator (市工商局): is a subject registered, where, and is it still
 * active? {@link cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPort}.
 */
@org.springframework.modulith.NamedInterface("market-registry")
package cn.gov.baoji.credit.adapters.marketregistry;
