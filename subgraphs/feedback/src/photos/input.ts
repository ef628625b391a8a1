/** The photos of a form or a resolution: decoded, checked by content and size, stripped of metadata. */
import { badInput } from '@ioc/kit';
import { limits } from '../config';
import { sniff, stripMetadata, ImageError, type ImageType } from './image';

export interface PhotoInput {
  contentType: string;
  dataBase64: string;
}
export interface CleanPhoto {
  contentType: ImageType;
  bytes: Buffer;
}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** @param argument the input field's path, for error messages (e.g. "input.photos") */
export function cleanPhotos(list: PhotoInput[] | null | undefined, argument: string): CleanPhoto[] {
  const l = limits();
  const photos = list ?? [];
  if (photos.length > l.photos) throw badInput(argument, `${photos.length} ảnh`, `tối đa ${l.photos} ảnh`);
  let total = 0;
  return photos.map((p, i) => {
    const field = `${argument}[${i}]`;
    const declared = p.contentType.trim().toLowerCase();
    if (declared !== 'image/jpeg' && declared !== 'image/png') throw badInput(`${field}.contentType`, p.contentType, 'chỉ nhận ảnh image/jpeg hoặc image/png');
    const text = p.dataBase64.replace(/\s+/g, '');
    // A length check before decoding: an oversize photo costs no memory.
    if (text.length > Math.ceil(l.photoBytes / 3) * 4) throw badInput(`${field}.dataBase64`, `${text.length} ký tự`, `ảnh lớn quá ${l.photoBytes} byte`);
    if (text.length % 4 !== 0 || !base64.test(text)) throw badInput(`${field}.dataBase64`, `${text.slice(0, 16)}…`, 'không phải base64 hợp lệ');
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length === 0) throw badInput(`${field}.dataBase64`, '', 'ảnh rỗng');
    total += bytes.length;
    if (total > l.allPhotosBytes) throw badInput(argument, `${total} byte`, `tổng dung lượng ảnh tối đa ${l.allPhotosBytes} byte`);
    const actual = sniff(bytes);
    if (!actual) throw badInput(`${field}.dataBase64`, `${text.slice(0, 16)}…`, 'nội dung không phải ảnh JPEG hay PNG');
    if (actual !== declared) throw badInput(`${field}.contentType`, p.contentType, `không khớp nội dung tệp (${actual})`);
    try {
      return { contentType: actual, bytes: stripMetadata(actual, bytes) };
    } catch (e) {
      if (e instanceof ImageError) throw badInput(`${field}.dataBase64`, `${text.slice(0, 16)}…`, e.message);
      throw e;
    }
  });
}
