package org.gridgov.cases.intake;

/** Where a report came from (the {@code channel} of {@code CaseReported}). */
enum Channel {
    GRID_WORKER_APP,
    WEB_FORM,
    QR_CODE,
    HOTLINE,
    WECHAT,
    SENSOR,
    SYSTEM
}
