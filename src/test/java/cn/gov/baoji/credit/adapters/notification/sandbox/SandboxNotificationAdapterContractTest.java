package cn.gov.baoji.credit.adapters.notification.sandbox;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationPortContract;

class SandboxNotificationAdapterContractTest extends NotificationPortContract {

    private final SandboxNotificationAdapter sandbox = new SandboxNotificationAdapter(calls);

    @Override
    protected NotificationPort port() {
        return sandbox;
    }

    @Override
    protected AdapterMode mode() {
        return AdapterMode.SANDBOX;
    }
}
