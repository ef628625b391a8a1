/** A positive number (seconds, days, a count) read from the environment, with a default when unset and a clear stop when malformed. */
export function positiveSetting(name: string, fallback: number, env = process.env): number {
  const text = env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${JSON.stringify(text)}: expected a positive number`);
  return n;
}
