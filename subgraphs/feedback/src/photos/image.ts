/**
 * What a citizen's photo is, judged by its bytes (never by the declared type), and the same image
 * without its metadata: phones write the GPS position, the device and the time into EXIF/XMP (JPEG
 * APP1), IPTC (APP13) and PNG text/eXIf chunks. Only what decoding needs is kept; the image data
 * itself is copied byte for byte, so nothing is re-encoded.
 */
export type ImageType = 'image/jpeg' | 'image/png';

export class ImageError extends Error {}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniff(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(pngSignature)) return 'image/png';
  return null;
}

/** APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe colour transform) are needed to show the image right. */
const keptAppMarkers = new Set([0xe0, 0xe2, 0xee]);

/** A JPEG without APP1…APP15 metadata segments (except the kept ones) and comments. */
export function stripJpeg(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new ImageError(`JPEG hỏng: thiếu dấu đoạn tại byte ${i}`);
    while (bytes[i] === 0xff && i < bytes.length) i++; // fill bytes
    const marker = bytes[i];
    const start = i - 1;
    i++;
    if (marker === 0xd9) return Buffer.concat([...parts, Buffer.from([0xff, 0xd9])]);
    // Standalone markers have no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(bytes.subarray(start, i));
      continue;
    }
    if (i + 2 > bytes.length) throw new ImageError('JPEG hỏng: đoạn bị cắt');
    const length = bytes.readUInt16BE(i);
    if (length < 2 || i + length > bytes.length) throw new ImageError(`JPEG hỏng: độ dài đoạn ${length} tại byte ${i}`);
    const end = i + length;
    // Start of scan: the compressed image follows, up to the end; copied as is.
    if (marker === 0xda) return Buffer.concat([...parts, bytes.subarray(start)]);
    const metadata = marker === 0xfe || (marker >= 0xe1 && marker <= 0xef && !keptAppMarkers.has(marker));
    if (!metadata) parts.push(bytes.subarray(start, end));
    i = end;
  }
  throw new ImageError('JPEG hỏng: không có dữ liệu ảnh (SOS)');
}

/** Critical chunks and the ancillary ones that only say how to show the pixels; text, eXIf, tIME and unknown chunks go. */
const keptPngChunks = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs']);

export function stripPng(bytes: Buffer): Buffer {
  const parts: Buffer[] = [pngSignature];
  let i = 8;
  let first = true;
  while (i + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(i);
    const type = bytes.toString('latin1', i + 4, i + 8);
    const end = i + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) throw new ImageError(`PNG hỏng: khối "${type}" tại byte ${i}`);
    if (first && type !== 'IHDR') throw new ImageError('PNG hỏng: khối đầu không phải IHDR');
    first = false;
    if (keptPngChunks.has(type)) parts.push(bytes.subarray(i, end));
    if (type === 'IEND') return Buffer.concat(parts);
    i = end;
  }
  throw new ImageError('PNG hỏng: không có khối IEND');
}

export function stripMetadata(type: ImageType, bytes: Buffer): Buffer {
  return type === 'image/jpeg' ? stripJpeg(bytes) : stripPng(bytes);
}
