-- 2027: the statutory public holidays of 全国年节及纪念日放假办法 (as revised in 2024) that fall in 2027, so that
-- deadlines running into 2027 can be computed. The State Council's notice for 2027 (its bridging days and
-- make-up working days) was not available when this was written: an administrator enters it through
-- PUT /api/v1/calendar/days/{date} once published; until then only these statutory days are non-working.
-- Lunar dates: 春节 2027-02-06 (除夕 02-05), 端午节 2027-06-09, 中秋节 2027-09-15; 清明 2027-04-05.
INSERT INTO calendar_day (calendar_date, kind, name, updated_by, updated_at) VALUES
    (DATE '2027-01-01', 'HOLIDAY', '元旦（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-02-05', 'HOLIDAY', '春节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-02-06', 'HOLIDAY', '春节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-02-07', 'HOLIDAY', '春节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-02-08', 'HOLIDAY', '春节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-04-05', 'HOLIDAY', '清明节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-05-01', 'HOLIDAY', '劳动节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-05-02', 'HOLIDAY', '劳动节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-06-09', 'HOLIDAY', '端午节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-09-15', 'HOLIDAY', '中秋节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-10-01', 'HOLIDAY', '国庆节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-10-02', 'HOLIDAY', '国庆节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP),
    (DATE '2027-10-03', 'HOLIDAY', '国庆节（法定假日；调休以国务院办公厅通知为准）', 'seed-statutory', CURRENT_TIMESTAMP);
