/** Where a school's MaXa places it in each register. */
import { resolveUnit, reject, UnitError, REFORM_DATE, type UnitRef } from '@ioc/kit';

/** The last day of the old register. */
const lastPreDay = '2025-06-30';

function refAt(code: string, date: string): UnitRef | null {
  try {
    const { unit: _unit, ...ref } = resolveUnit(code, date, 'MaXa');
    return ref;
  } catch (e) {
    if (e instanceof UnitError) return null;
    throw e;
  }
}

/**
 * A school year before the reform reads MaXa in the old register, one after it in the new (where an
 * old code still reported is read as legacy). The code must be a commune of at least one of them.
 */
export function schoolUnits(code: string): { unitPre: UnitRef | null; unitPost: UnitRef | null } {
  if (!/^\d{5}$/.test(code)) throw reject('MaXa', code, 'mã xã gồm 5 chữ số');
  const unitPre = refAt(code, lastPreDay);
  const unitPost = refAt(code, REFORM_DATE);
  if (!unitPre && !unitPost) throw reject('MaXa', code, 'không có xã mã này trong danh mục đơn vị hành chính trước hay sau 01/7/2025');
  return { unitPre, unitPost };
}
