/**
 * Test images made here, byte by byte, with the metadata phones write: a JPEG whose APP1 holds an
 * Exif block with GPS tags, an APP13 (IPTC) and a comment; a 1×1 PNG with tEXt, eXIf and tIME chunks.
 */
import { crc32, deflateSync } from 'node:zlib';

const segment = (marker: number, body: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

/** "GPSLatitude" and the coordinates 15.5736 N 108.4740 E appear in its metadata, and nowhere else. */
export const gpsMarker = 'GPSLatitude';
export const coordinates = '15.5736N108.4740E';

export function jpegWithLocation(): { bytes: Buffer; withoutMetadata: Buffer } {
  const soi = Buffer.from([0xff, 0xd8]);
  const app0 = segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'));
  const app1 = segment(
    0xe1,
    Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1'), Buffer.from(`${gpsMarker} ${coordinates} Make=PhoneCo`, 'latin1')]),
  );
  const app13 = segment(0xed, Buffer.from(`Photoshop 3.0\0IPTC City=Tam Ky ${coordinates}`, 'latin1'));
  const com = segment(0xfe, Buffer.from(`taken at ${coordinates}`, 'latin1'));
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
  const dht = segment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.from([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), Buffer.from([0])]));
  const sos = segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0]));
  // Entropy-coded data, with a stuffed 0xFF00 and a restart marker, as real scans have.
  const scan = Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78]);
  const eoi = Buffer.from([0xff, 0xd9]);
  return {
    bytes: Buffer.concat([soi, app0, app1, app13, com, dqt, sof, dht, sos, scan, eoi]),
    withoutMetadata: Buffer.concat([soi, app0, dqt, sof, dht, sos, scan, eoi]),
  };
}

const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

export function pngWithLocation(): { bytes: Buffer; withoutMetadata: Buffer } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
  const srgb = chunk('sRGB', Buffer.from([0]));
  const text = chunk('tEXt', Buffer.from(`Comment\0${gpsMarker} ${coordinates}`, 'latin1'));
  const exif = chunk('eXIf', Buffer.from(`MM\0*${gpsMarker}${coordinates}`, 'latin1'));
  const time = chunk('tIME', Buffer.from([0x07, 0xe9, 3, 1, 8, 0, 0]));
  const idat = chunk('IDAT', deflateSync(Buffer.from([0, 0xff, 0x80, 0])));
  const iend = chunk('IEND', Buffer.alloc(0));
  return {
    bytes: Buffer.concat([signature, ihdr, srgb, text, exif, time, idat, iend]),
    withoutMetadata: Buffer.concat([signature, ihdr, srgb, idat, iend]),
  };
}
