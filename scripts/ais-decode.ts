/**
 * Decode an AIS NMEA log: `tsx scripts/ais-decode.ts FILE`.
 * stdout: one JSON object per decoded message; stderr: one JSON object per rejected line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { decodeLines } from '../subgraphs/vessels/src/connectors/ais';

/** Writing line by line costs a syscall each on large logs; flush in blocks instead. */
class BufferedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  async write(line: string): Promise<void> {
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    // Waiting for 'drain' keeps memory flat when stdout is a slow pipe.
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: tsx scripts/ais-decode.ts FILE\n');
    return 2;
  }
  const input = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }

  const out = new BufferedWriter(process.stdout);
  const errors = new BufferedWriter(process.stderr);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const result of decodeLines(lines)) {
    if (result.ok) {
      const record = result.receivedAt ? { ...result.message, receivedAt: result.receivedAt.toISOString() } : result.message;
      await out.write(JSON.stringify(record) + '\n');
    } else {
      await errors.write(JSON.stringify({ reason: result.reason, raw: result.raw }) + '\n');
    }
  }
  await out.flush();
  await errors.flush();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
