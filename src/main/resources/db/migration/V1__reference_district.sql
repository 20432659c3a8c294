-- Baoji's county-level divisions (GB/T 2260). Runs on PostgreSQL and H2 (MODE=PostgreSQL).
CREATE TABLE reference_district (
    code      VARCHAR(6)   NOT NULL PRIMARY KEY,
    name_zh   VARCHAR(50)  NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    alias_of  VARCHAR(6)
);

INSERT INTO reference_district (code, name_zh, name_en, kind, alias_of) VALUES
    ('610300', '宝鸡市', 'Baoji City', 'CITY', NULL),
    ('610302', '渭滨区', 'Weibin District', 'COUNTY', NULL),
    ('610303', '金台区', 'Jintai District', 'COUNTY', NULL),
    ('610304', '陈仓区', 'Chencang District', 'COUNTY', NULL),
    ('610305', '凤翔区', 'Fengxiang District', 'COUNTY', NULL),
    ('610322', '凤翔县', 'Fengxiang County (until 2021)', 'COUNTY', '610305'),
    ('610323', '岐山县', 'Qishan County', 'COUNTY', NULL),
    ('610324', '扶风县', 'Fufeng County', 'COUNTY', NULL),
    ('610326', '眉县', 'Mei County', 'COUNTY', NULL),
    ('610327', '陇县', 'Long County', 'COUNTY', NULL),
    ('610328', '千阳县', 'Qianyang County', 'COUNTY', NULL),
    ('610329', '麟游县', 'Linyou County', 'COUNTY', NULL),
    ('610330', '凤县', 'Feng County', 'COUNTY', NULL),
    ('610331', '太白县', 'Taibai County', 'COUNTY', NULL);
