/** Seeded demo data in the source's native format (JSON Lines) for provinces 49, 40 and 35, both registers. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom, unitRegisters, currentOf } from '@ioc/kit';

export async function generateDemo(outDir: string): Promise<{ feed: string; file: string }[]> {
  const rng = seededRandom(__PORT__);
  const reg = unitRegisters();
  const lines: string[] = [];
  for (const p of ['49', '40', '35']) {
    const old = reg.list('PRE_2025_07', 'COMMUNE').filter((c) => c.province === p);
    for (let i = 0; i < 50; i++) {
      const before = i % 2 === 0;
      const commune = rng.pick(old);
      const code = before ? commune.code : currentOf(commune).commune ?? commune.code;
      const date = `2025-${String(before ? rng.int(1, 6) : rng.int(7, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      lines.push(JSON.stringify({ id: `${p}-${i}`, unitCode: code, date, kind: rng.pick(['A', 'B', 'C']), value: rng.int(1, 100), updatedAt: `${date}T08:00:00+07:00` }));
    }
  }
  const file = join(outDir, 'records.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return [{ feed: 'records', file }];
}
