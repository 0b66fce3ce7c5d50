/**
 * Settings every harness uses alike, so a scenario means the same on every forge. A harness for a new
 * provider (harness-*.ts) lists items in pages of PAGE_SIZE.
 */

/** Small enough that the 230-item walk needs several pages of each type on every forge. */
export const PAGE_SIZE = 25;

/** Long enough that redaction applies; never appears in any message. */
export const TOKEN = 'conformance-TopSecretToken-0123456789';
