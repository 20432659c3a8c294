package cn.gov.baoji.credit.adapters.marketregistry.sandbox;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPort;
import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPortContract;

class SandboxMarketRegistryAdapterContractTest extends MarketRegistryPortContract {

    private final SandboxMarketRegistryAdapter sandbox = new SandboxMarketRegistryAdapter(calls);

    @Override
    protected MarketRegistryPort port() {
        return sandbox;
    }

    @Override
    protected AdapterMode mode() {
        return AdapterMode.SANDBOX;
    }
}
