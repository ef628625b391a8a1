import { mkdirSync } from 'node:fs';
async function main() {
  const scale = Number(process.argv[2]);
  for (const s of ['procedures', 'health', 'education', 'land', 'environment', 'vessels']) {
    const t = Date.now();
    const dir = `/tmp/bench-gen/${s}`;
    mkdirSync(dir, { recursive: true });
    const files = await (await import(`../subgraphs/${s}/src/demo.ts`)).generateScale(dir, scale);
    console.log(s, Date.now() - t, 'ms', files.map((f: any) => f.file.split('/').pop()).join(' '), Math.round(process.memoryUsage().rss / 1e6), 'MB');
  }
}
main();
