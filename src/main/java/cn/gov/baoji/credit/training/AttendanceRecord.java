package cn.gov.baoji.credit.training;

/** How commerce records a session's attendance. */
enum AttendanceRecord {
    ALL_ATTENDED,
    /** Some were absent: their short ids are listed; everyone else attended. */
    SOME_ABSENT
}
