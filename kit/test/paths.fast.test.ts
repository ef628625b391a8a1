import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Loads kit/src/paths.ts afresh with HUB_DATA_DIR as given (it is read once, when loaded). */
async function pathsWith(dataDir: string | undefined): Promise<typeof import('../src/paths')> {
  const before = process.env.HUB_DATA_DIR;
  if (dataDir === undefined) delete process.env.HUB_DATA_DIR;
  else process.env.HUB_DATA_DIR = dataDir;
  try {
    jest.resetModules();
    return await import('../src/paths');
  } finally {
    if (before === undefined) delete process.env.HUB_DATA_DIR;
    else process.env.HUB_DATA_DIR = before;
  }
}

describe('project paths', () => {
  test('projectRoot is the repository root: the workspace manifest, whose workspaces include the kit', async () => {
    const { projectRoot } = await pathsWith(undefined);
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.workspaces).toContain('kit');
  });

  test('schemaDir holds the subgraph list and the SDL of every subgraph it names', async () => {
    const { schemaDir } = await pathsWith(undefined);
    const list = JSON.parse(readFileSync(join(schemaDir, 'subgraphs.json'), 'utf8'));
    expect(Object.keys(list).length).toBeGreaterThan(0);
    for (const name of Object.keys(list)) expect(existsSync(join(schemaDir, `${name}.graphql`))).toBe(true);
  });

  test('dataDir is HUB_DATA_DIR when set, else .data under the root', async () => {
    const unset = await pathsWith(undefined);
    expect(unset.dataDir).toBe(join(unset.projectRoot, '.data'));
    expect((await pathsWith('/tmp/hub-state')).dataDir).toBe('/tmp/hub-state');
  });
});
