export declare const DATE_FORM = "write an ISO 8601 date (2026-05-01), a date and time with a zone (2026-05-01T12:00:00Z), or a time before `now` such as 90d ago";
export type DateResult = {
    ok: true;
    at: number;
} | {
    ok: false;
    message: string;
};
/** Epoch ms of `text`, counted back from `now` when relative; or what is wrong with it. */
export declare function parseTestDate(text: string, now: number): DateResult;
