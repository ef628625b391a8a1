/**
 * Accent-insensitive form of Vietnamese text for search: "Thành phố Đà Nẵng" → "thanh pho da nang".
 * đ/Đ is a letter of its own, not a letter with a mark, so NFD leaves it alone and it is mapped here.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Type prefixes people type before a name, folded, longest first. */
const typedPrefixes = ['thanh pho trung uong', 'thanh pho', 'thi tran', 'thi xa', 'dac khu', 'tinh', 'quan', 'huyen', 'phuong', 'xa', 'tp'];

/** Folds and drops a leading type word ("tinh quang nam" → "quang nam"), keeping a bare type alone. */
export function foldQuery(text: string): string {
  const folded = foldVietnamese(text);
  for (const p of typedPrefixes) {
    if (folded.startsWith(p + ' ')) return folded.slice(p.length + 1);
  }
  return folded;
}
