/**
 * The one reader of sector settings: `HUB_<SECTOR>_<NAME>` from the environment, each declared
 * once with its default and its bounds as a zod schema. A subgraph reads its settings when it
 * starts (`SubgraphDefinition.settings`), so a bad value stops the start with a message naming the
 * variable and the value; rules read them again when they run, so a changed value applies.
 */
import { z } from 'zod';

/** A setting that is set but malformed: names the variable, the value and what was expected. */
export class SettingError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
    expected: string,
  ) {
    super(`setting ${variable}=${JSON.stringify(value)} is invalid: ${expected}`);
    this.name = 'SettingError';
  }
}

/** `targetOnTimeRate` of sector `procedures` → `HUB_PROCEDURES_TARGET_ON_TIME_RATE`. */
export function settingName(sector: string, key: string): string {
  const name = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  return `HUB_${sector}_${name}`.toUpperCase().replace(/-/g, '_');
}

const num = (min: number, max: number) =>
  z.coerce
    .number({ error: `expected a number from ${min} to ${max}` })
    .min(min, { error: `expected a number from ${min} to ${max}` })
    .max(max, { error: `expected a number from ${min} to ${max}` });

/** The kinds of setting sectors use; `z` is there for any other shape (with `.default` or `.optional`). */
export const setting = {
  number: (fallback: number, min: number, max: number) => num(min, max).default(fallback),
  /** A share in percent (or percentage points), 0 to 100. */
  percent: (fallback: number) => num(0, 100).default(fallback),
  /** An instant, ISO 8601 with an offset (to freeze a demo's clock); unset means none. */
  instant: () =>
    z.iso
      .datetime({ offset: true, error: 'expected an ISO 8601 date-time with an offset, e.g. 2025-10-01T00:00:00+07:00' })
      .transform((s) => new Date(s))
      .optional(),
  z,
};

type Shape = Record<string, z.ZodType>;
export type SettingsOf<S extends Shape> = { [K in keyof S]: z.output<S[K]> };

/** A sector's settings: call it to read (and check) them all; `names` maps each key to its variable. */
export interface SectorSettings<S extends Shape> {
  (env?: NodeJS.ProcessEnv): SettingsOf<S>;
  readonly sector: string;
  readonly names: { [K in keyof S]: string };
}

export function sectorSettings<S extends Shape>(sector: string, shape: S): SectorSettings<S> {
  const names = Object.fromEntries(Object.keys(shape).map((k) => [k, settingName(sector, k)])) as { [K in keyof S]: string };
  const parse = (raws: (string | undefined)[]): SettingsOf<S> => {
    const out: Record<string, unknown> = {};
    Object.entries(shape).forEach(([key, schema], i) => {
      const raw = raws[i];
      // Unset and empty are the same: the default (docker-compose passes empty variables through).
      const given = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
      const parsed = schema.safeParse(given);
      if (!parsed.success) throw new SettingError(names[key], raw ?? '', parsed.error.issues[0]?.message ?? 'invalid');
      out[key] = parsed.data;
    });
    return out as SettingsOf<S>;
  };
  // Rules read their settings per unit of a request (a province's communes: a hundred times): the
  // variables are read each time, so a change applies at once, but parsed again only when they changed.
  let last: { key: string; value: SettingsOf<S> } | undefined;
  const read = (env: NodeJS.ProcessEnv = process.env): SettingsOf<S> => {
    const raws = Object.keys(shape).map((key) => env[names[key]]);
    const key = JSON.stringify(raws);
    if (last?.key === key) return last.value;
    const value = parse(raws);
    last = { key, value };
    return value;
  };
  return Object.assign(read, { sector, names });
}
