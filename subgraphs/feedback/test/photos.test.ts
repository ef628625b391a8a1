import { sniff, stripJpeg, stripPng, ImageError } from '../src/photos/image';
import { cleanPhotos } from '../src/photos/input';
import { jpegWithLocation, pngWithLocation, gpsMarker, coordinates } from './images';

const hasLocation = (b: Buffer) => b.includes(Buffer.from(gpsMarker)) || b.includes(Buffer.from(coordinates));

describe('metadata stripping', () => {
  test('a JPEG loses its Exif (GPS), IPTC and comment segments; everything else is kept byte for byte', () => {
    const { bytes, withoutMetadata } = jpegWithLocation();
    expect(hasLocation(bytes)).toBe(true);
    const out = stripJpeg(bytes);
    expect(hasLocation(out)).toBe(false);
    expect(out.equals(withoutMetadata)).toBe(true);
    expect(stripJpeg(out).equals(out)).toBe(true);
  });

  test('a PNG loses its tEXt, eXIf and tIME chunks and keeps IHDR, sRGB, IDAT, IEND', () => {
    const { bytes, withoutMetadata } = pngWithLocation();
    expect(hasLocation(bytes)).toBe(true);
    const out = stripPng(bytes);
    expect(hasLocation(out)).toBe(false);
    expect(out.equals(withoutMetadata)).toBe(true);
  });

  test('a truncated JPEG or PNG is refused, not stored half-read', () => {
    const jpeg = jpegWithLocation().bytes;
    expect(() => stripJpeg(jpeg.subarray(0, 30))).toThrow(ImageError);
    const png = pngWithLocation().bytes;
    expect(() => stripPng(png.subarray(0, png.length - 12))).toThrow(/IEND/);
  });

  test('the type is judged by content', () => {
    expect(sniff(jpegWithLocation().bytes)).toBe('image/jpeg');
    expect(sniff(pngWithLocation().bytes)).toBe('image/png');
    expect(sniff(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('photo input', () => {
  const b64 = (b: Buffer) => b.toString('base64');

  test('clean photos come back stripped, typed by content', () => {
    const [p] = cleanPhotos([{ contentType: 'image/jpeg', dataBase64: b64(jpegWithLocation().bytes) }], 'input.photos');
    expect(p.contentType).toBe('image/jpeg');
    expect(p.bytes.equals(jpegWithLocation().withoutMetadata)).toBe(true);
  });

  test('a forged content type is refused, naming the field', () => {
    expect(() => cleanPhotos([{ contentType: 'image/jpeg', dataBase64: b64(pngWithLocation().bytes) }], 'input.photos')).toThrow(
      /input\.photos\[0\]\.contentType.*image\/png/,
    );
    expect(() => cleanPhotos([{ contentType: 'image/png', dataBase64: b64(Buffer.from('<html><script>alert(1)</script></html>')) }], 'input.photos')).toThrow(
      /input\.photos\[0\]\.dataBase64.*không phải ảnh JPEG hay PNG/,
    );
    expect(() => cleanPhotos([{ contentType: 'image/gif', dataBase64: 'R0lGODlh' }], 'input.photos')).toThrow(/image\/jpeg hoặc image\/png/);
  });

  test('bad base64, too many photos and oversize photos are refused', () => {
    expect(() => cleanPhotos([{ contentType: 'image/png', dataBase64: 'not*base64' }], 'input.photos')).toThrow(/base64/);
    const one = { contentType: 'image/png', dataBase64: b64(pngWithLocation().bytes) };
    expect(() => cleanPhotos(Array(6).fill(one), 'input.photos')).toThrow(/tối đa 5 ảnh/);
    const old = process.env.HUB_FEEDBACK_PHOTO_BYTES;
    process.env.HUB_FEEDBACK_PHOTO_BYTES = '1000';
    try {
      const big = Buffer.concat([jpegWithLocation().bytes, Buffer.alloc(2000)]);
      expect(() => cleanPhotos([{ contentType: 'image/jpeg', dataBase64: b64(big) }], 'input.photos')).toThrow(/lớn quá 1000 byte/);
    } finally {
      if (old === undefined) delete process.env.HUB_FEEDBACK_PHOTO_BYTES;
      else process.env.HUB_FEEDBACK_PHOTO_BYTES = old;
    }
  });
});
