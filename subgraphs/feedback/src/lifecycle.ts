/**
 * The handling of a report, step by step, by an officer (or admin) whose scope covers its unit; each
 * step recorded with who and when. A report imported from another system is handled there: its
 * next export carries the new status.
 */
import { GraphQLError } from 'graphql';
import { badInput, forbidden, intArg, scopeCoversUnit, type Identity } from '@ioc/kit';
import type { Connection } from 'mongoose';
import { nextOf, statuses, doneStatuses, refusalReasons, type Status, type RefusalReason } from './codes';
import { cleanPhotos, type PhotoInput } from './photos/input';
import { savePhotos } from './photos/store';
import type { Models, FeedbackDoc, Step } from './models';
import { recordChanges } from './changes';

const notFound = (code: string) => badInput('trackingCode', code, 'không có phản ánh mã này');

async function load(m: Models, code: string): Promise<FeedbackDoc> {
  const doc = await m.Feedback.findById(code).lean<FeedbackDoc>();
  if (!doc) throw notFound(code);
  return doc;
}

function text(argument: string, value: string, max: number): string {
  const t = value.trim().normalize('NFC');
  if (t.length < 2 || t.length > max) throw badInput(argument, t.length > 40 ? `${t.slice(0, 40)}…` : t, `dài từ 2 đến ${max} ký tự`);
  return t;
}

export interface Move {
  to: Status;
  set?: Partial<FeedbackDoc>;
  note?: string | null;
  resultPhotos?: PhotoInput[] | null;
}

export async function transition(m: Models, conn: Connection, identity: Identity, code: string, move: Move, now = new Date()): Promise<FeedbackDoc> {
  if (identity.role !== 'officer' && identity.role !== 'admin') throw forbidden('xử lý phản ánh cần vai trò officer hoặc admin');
  const doc = await load(m, code);
  if (!scopeCoversUnit(identity, doc.unit.current)) throw forbidden(`phản ánh ${code} thuộc đơn vị ngoài phạm vi được giao`);
  if (doc.source !== 'WEB') throw badInput('trackingCode', code, `phản ánh nhập từ nguồn ${doc.source}; cập nhật tại hệ thống đó`);
  if (!nextOf[doc.status].includes(move.to)) {
    throw badInput('trackingCode', code, `đang ở trạng thái "${statuses[doc.status]}", không chuyển sang "${statuses[move.to]}" được`);
  }
  const set: Partial<FeedbackDoc> = { ...move.set, status: move.to, updatedAt: now };
  if (move.resultPhotos?.length) set.resultPhotos = await savePhotos(conn, cleanPhotos(move.resultPhotos, 'photos'), code);
  const step: Step = { status: move.to, at: now, by: identity.sub, note: move.note ?? null };
  // Conditional on the status read: of two officers acting at once, the second is told, not silently overwritten.
  const r = await m.Feedback.updateOne({ _id: code, status: doc.status }, { $set: set, $push: { history: step } });
  if (r.modifiedCount !== 1) throw new GraphQLError(`Phản ánh ${code} vừa được người khác cập nhật; hãy tải lại`, { extensions: { code: 'CONFLICT' } });
  const after = { ...doc, ...set, history: [...doc.history, step] } as FeedbackDoc;
  await recordChanges(conn, [{ before: doc, after }]);
  return after;
}

export const moves = {
  accept: (): Move => ({ to: 'ACCEPTED' }),
  refuse: (reason: RefusalReason, note: string | null | undefined): Move => ({
    to: 'REFUSED',
    set: { refusalReason: reason },
    note: note ? `${refusalReasons[reason]}: ${text('note', note, 1000)}` : refusalReasons[reason],
  }),
  assign: (agency: string): Move => {
    const a = text('agency', agency, 300);
    return { to: 'ASSIGNED', set: { agency: a }, note: a };
  },
  start: (): Move => ({ to: 'IN_PROGRESS' }),
  resolve: (result: string, photos: PhotoInput[] | null | undefined, now = new Date()): Move => ({
    to: 'RESOLVED',
    set: { result: text('result', result, 4000), resolvedAt: now },
    resultPhotos: photos,
  }),
  close: (): Move => ({ to: 'CLOSED' }),
};

/** The citizen's rating, with the tracking code (the citizen's only credential), once, after resolution. */
export async function rate(m: Models, conn: Connection, code: string, rating: unknown): Promise<FeedbackDoc> {
  const value = intArg('rating', rating, 1, 5);
  const doc = await load(m, code);
  if (doc.source !== 'WEB') throw badInput('trackingCode', code, `phản ánh nhập từ nguồn ${doc.source}; đánh giá tại hệ thống đó`);
  if (!doneStatuses.has(doc.status)) throw badInput('trackingCode', code, `chưa xử lý xong (trạng thái "${statuses[doc.status]}"), chưa đánh giá được`);
  if (doc.rating !== null) throw badInput('trackingCode', code, `đã được đánh giá ${doc.rating}/5`);
  const r = await m.Feedback.updateOne({ _id: code, rating: null }, { $set: { rating: value } });
  if (r.modifiedCount !== 1) throw badInput('trackingCode', code, 'đã được đánh giá');
  const after = { ...doc, rating: value };
  await recordChanges(conn, [{ before: doc, after }]);
  return after;
}
