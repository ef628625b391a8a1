/**
 * The rules the fleet figures apply: regulation values, as constants with their citation (the
 * bands no regulation sets are settings: settings.ts).
 */

/**
 * Vessels of 15 m length overall and over must carry a VMS transceiver: Decree 26/2019/NĐ-CP
 * Art. 44, as amended by Decree 37/2024/NĐ-CP (Art. 1).
 */
export const vmsMinLengthM = 15;

/** At sea, such a vessel must report its position at least every 2 hours (Decree 37/2024/NĐ-CP, amending Art. 44 of Decree 26/2019/NĐ-CP). */
export const reportIntervalHours = 2;

/** A vessel at sea silent for longer than this is alerted (lost VMS connection; Decree 37/2024/NĐ-CP, amending Art. 44). */
export const silentAtSeaHours = 6;

/** Vessels silent for longer than this are listed for follow-up (Decree 37/2024/NĐ-CP, amending Art. 44). */
export const silentListDays = 10;

/** AIS navigational status 5 = "moored" (ITU-R M.1371-5 Annex 8, Table 50: message 1 field "navigational status"). */
export const mooredStatus = 5;

export const hourMs = 3600_000;
