/**
 * Work done at start so that the first caller does not pay for it: the kit's registers (about
 * 15,000 units, read and indexed in roughly 0.7 s) are otherwise loaded by the first query that
 * reads a unit, and the code that executes a large tree runs cold the first time (measured: the
 * old-register tree's first execution about three times its later ones). One tree is asked of the
 * subgraph itself, through its own endpoint, as the gateway would ask it.
 */
import { unitRegisters, signIdentity, publicIdentity, log } from '@ioc/kit';

const tree = '{ provinces(asOf: "2025-03-01") { code name type districts { code name type communes { code name type } } } }';

export function loadRegistersNow(): void {
  unitRegisters();
}

/** Asks the tree once of the subgraph at `url`; a failure is logged, never fatal. */
export async function warmUp(url: string): Promise<void> {
  const body = JSON.stringify({ query: tree });
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signIdentity(publicIdentity, body) }, body });
    await res.text();
    if (!res.ok) log.warn({ subgraph: 'admin-units', status: res.status }, 'warm-up query refused');
  } catch (e) {
    log.warn({ subgraph: 'admin-units', err: e }, 'warm-up query failed');
  }
}
