import { foldVietnamese, foldQuery } from '../src';

test('folding ignores diacritics, case, đ and the type word', () => {
  expect(foldVietnamese('Thành phố Đà Nẵng')).toBe('thanh pho da nang');
  expect(foldVietnamese('Quảng Nam')).toBe(foldVietnamese('quang nam'));
  expect(foldQuery('Tỉnh Quảng Nam')).toBe('quang nam');
  expect(foldQuery('tinh quang nam')).toBe('quang nam');
  expect(foldQuery('  HÒA   KHÁNH ')).toBe('hoa khanh');
  // A decomposed (NFD) input folds like the composed one.
  expect(foldQuery('Hòa Khánh'.normalize('NFD'))).toBe('hoa khanh');
});
