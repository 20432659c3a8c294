package cn.gov.baoji.credit.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.shared.TestIdentifiers;

/** Request bodies for {@code POST /api/v1/complaints}, as an integrator would send them. */
public final class Complaints {

    private Complaints() {
    }

    /** A valid complaint about an enterprise registered in the given Baoji county. */
    public static Map<String, Object> aboutEnterprise(Random random, String countyCode) {
        return aboutEnterpriseWithCode(TestIdentifiers.creditCode(random, countyCode));
    }

    public static Map<String, Object> aboutEnterpriseWithCode(String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "PUBLIC");
        body.put("reporter", new HashMap<>(Map.of("name", "王秀英", "phone", "13912345678",
                "email", "wang.xiuying@example.cn")));
        body.put("subject", new HashMap<>(Map.of("type", "ENTERPRISE", "name", "宝鸡市某某电子商务有限公司",
                "creditCode", creditCode, "storeUrl", "https://shop.example.cn/123")));
        body.put("category", "FAKE_TRANSACTIONS");
        body.put("description", "该店铺长期组织刷单，虚构交易记录和好评，误导消费者。");
        body.put("occurredFrom", "2026-01-01");
        body.put("occurredTo", "2026-06-30");
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> subject(Map<String, Object> body) {
        return (Map<String, Object>) body.get("subject");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> reporter(Map<String, Object> body) {
        return (Map<String, Object>) body.get("reporter");
    }
}
