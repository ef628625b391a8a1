/** Unit types as the GSO register names them (Vietnamese labels are the values users see). */
export type Level = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

const prefixes: Record<Level, [prefix: string, type: string][]> = {
  // A centrally-run city is named "Thành phố X" at province level.
  PROVINCE: [
    ['Thành phố ', 'Thành phố Trung ương'],
    ['Tỉnh ', 'Tỉnh'],
  ],
  DISTRICT: [
    ['Quận ', 'Quận'],
    ['Huyện ', 'Huyện'],
    ['Thị xã ', 'Thị xã'],
    ['Thành phố ', 'Thành phố'],
  ],
  COMMUNE: [
    ['Phường ', 'Phường'],
    ['Xã ', 'Xã'],
    ['Thị trấn ', 'Thị trấn'],
    ['Đặc khu ', 'Đặc khu'],
  ],
};

/** The 2025 register gives no type field; the type is the name's prefix. */
export function deriveType(name: string, level: Level): string {
  const hit = prefixes[level].find(([p]) => name.startsWith(p));
  if (!hit) throw new Error(`cannot derive the ${level} type of "${name}"`);
  return hit[1];
}

/** The name without its type prefix ("Tỉnh Quảng Nam" → "Quảng Nam"), for search. */
export function bareName(name: string, type: string): string {
  const prefix = type === 'Thành phố Trung ương' ? 'Thành phố' : type;
  return name.startsWith(prefix + ' ') ? name.slice(prefix.length + 1) : name;
}
