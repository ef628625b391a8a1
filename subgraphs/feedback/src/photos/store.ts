/**
 * Photos in MongoDB's file store (GridFS, bucket `photos`), each under a random id that cannot be
 * guessed from another: a photo's URL is its only key. Served by GET /photos/<id>.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import mongoose, { type Connection } from 'mongoose';
import type { Route } from '@ioc/kit';
import type { CleanPhoto } from './input';

export interface PhotoRef {
  id: string;
  contentType: string;
  size: number;
}

const bucket = (conn: Connection) => new mongoose.mongo.GridFSBucket(conn.db!, { bucketName: 'photos' });

export async function savePhotos(conn: Connection, photos: CleanPhoto[], trackingCode: string): Promise<PhotoRef[]> {
  const b = bucket(conn);
  const out: PhotoRef[] = [];
  for (const p of photos) {
    const id = randomBytes(18).toString('base64url');
    const upload = b.openUploadStreamWithId(id as never, `${id}.${p.contentType === 'image/png' ? 'png' : 'jpg'}`, {
      metadata: { contentType: p.contentType, trackingCode },
    });
    upload.end(p.bytes);
    await once(upload, 'finish');
    out.push({ id, contentType: p.contentType, size: p.bytes.length });
  }
  return out;
}

const idPattern = /^[A-Za-z0-9_-]{24}$/;

export const photoRoute: Route = async (req, res, { db, url }) => {
  const id = url.pathname.slice('/photos/'.length);
  const file = idPattern.test(id) ? await db.connection.db!.collection('photos.files').findOne({ _id: id as never }) : null;
  if (!file) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    return void res.end(JSON.stringify({ error: `không có ảnh ${id}` }));
  }
  res.writeHead(200, {
    'content-type': file.metadata?.contentType ?? 'application/octet-stream',
    'content-length': String(file.length),
    'cache-control': 'public, max-age=86400, immutable',
    'x-content-type-options': 'nosniff',
  });
  const stream = bucket(db.connection).openDownloadStream(id as never);
  stream.pipe(res);
  await once(stream, 'end');
};
