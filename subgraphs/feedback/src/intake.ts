/** The public form: a citizen's report checked, placed, its photos cleaned and stored, a tracking code issued. */
import { randomInt } from 'node:crypto';
import { badInput, todayInVietnam, toVietnamIso } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { limits, deadlineDays } from './config';
import { placeOf, PlaceError } from './place';
import { cleanPhotos, type PhotoInput } from './photos/input';
import { savePhotos } from './photos/store';
import { addWorkingDays } from './working-days';
import { consumeSubmission } from './rate-limit';
import { recordChanges } from './changes';
import { nearby } from './cells';
import { hotSpotAsk, markOf, type HotSpotMark } from './hotspots';
import type { Category } from './codes';
import type { Models, FeedbackDoc } from './models';

export interface SubmitInput {
  category: Category;
  description: string;
  latitude?: number | null;
  longitude?: number | null;
  communeCode?: string | null;
  photos?: PhotoInput[] | null;
  phone?: string | null;
}

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** PA-YYMMDD-XXXXXX: the day it was sent, and 31⁶ ≈ 887 million codes a day, not guessable in sequence. */
export const trackingCodePattern = /^PA-\d{6}-[2-9A-HJKMNP-Z]{6}$/;
function newTrackingCode(at: Date): string {
  const day = toVietnamIso(at).slice(2, 10).replace(/-/g, '');
  return `PA-${day}-${Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('')}`;
}

function phoneOf(value: string | null | undefined): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  const digits = value.replace(/[\s.()-]/g, '');
  // Vietnamese numbers: 0 or +84 then 9 digits (mobile and fixed lines since 2018).
  if (!/^(0|\+84)\d{9}$/.test(digits)) throw badInput('input.phone', value, 'số điện thoại Việt Nam: 0 hoặc +84 và 9 chữ số');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

/**
 * From one read of the cells around the point: the earliest report of the same category within
 * 100 m sent in the last 24 h (a near duplicate), and the hot-spot mark the new report makes.
 */
async function neighbours(
  conn: Connection,
  category: Category,
  lat: number | null,
  lon: number | null,
  at: Date,
): Promise<{ duplicate: string | null; hotSpot: HotSpotMark | null }> {
  if (lat === null || lon === null) return { duplicate: null, hotSpot: null };
  const l = limits();
  const hot = hotSpotAsk({ category, latitude: lat, longitude: lon, receivedAt: at })!;
  const [near, spot] = await nearby(conn, [
    { category, point: hot.point, from: new Date(at.getTime() - l.duplicateHours * 3_600_000), to: at, metres: l.duplicateMetres },
    hot,
  ]);
  return { duplicate: near[0]?.id ?? null, hotSpot: markOf(spot, null) };
}

export async function submitFeedback(m: Models, conn: Connection, input: SubmitInput, client: string, now = new Date()): Promise<FeedbackDoc> {
  await consumeSubmission(m, client, now.getTime());
  const l = limits();
  const description = input.description.trim().normalize('NFC');
  if (description.length < 10 || description.length > l.descriptionChars) {
    throw badInput(
      'input.description',
      description.length > 40 ? `${description.slice(0, 40)}…` : description,
      `mô tả dài từ 10 đến ${l.descriptionChars} ký tự`,
    );
  }
  const phone = phoneOf(input.phone);
  let place;
  try {
    place = placeOf(input, todayInVietnam(now), { latitude: 'input.latitude', longitude: 'input.longitude', communeCode: 'input.communeCode' });
  } catch (e) {
    if (e instanceof PlaceError) throw badInput(e.field, e.value, e.message);
    throw e;
  }
  const photos = cleanPhotos(input.photos, 'input.photos');
  const { duplicate, hotSpot } = await neighbours(conn, input.category, place.latitude, place.longitude, now);
  for (let attempt = 0; ; attempt++) {
    const code = newTrackingCode(now);
    const doc: FeedbackDoc = {
      _id: code,
      source: 'WEB',
      category: input.category,
      description,
      phone,
      ...place,
      status: 'RECEIVED',
      receivedAt: now,
      dueAt: addWorkingDays(now, deadlineDays()[input.category]),
      refusalReason: null,
      agency: null,
      result: null,
      resolvedAt: null,
      photos: [],
      resultPhotos: [],
      rating: null,
      history: [{ status: 'RECEIVED', at: now, by: 'citizen', note: duplicate ? `gần trùng ${duplicate}` : null }],
      duplicateOf: duplicate,
      hotSpot,
      updatedAt: now,
    };
    try {
      await m.Feedback.collection.insertOne(doc as never);
    } catch (e) {
      if ((e as { code?: number }).code === 11000 && attempt < 3) continue;
      throw e;
    }
    await recordChanges(conn, [{ before: null, after: doc }]);
    if (photos.length) {
      // Stored once the code is ours; the report is public by its code only after this.
      doc.photos = await savePhotos(conn, photos, code);
      await m.Feedback.updateOne({ _id: code }, { $set: { photos: doc.photos } });
    }
    return doc;
  }
}
