import { SignJWT } from 'jose';
import { createVerifier } from '../src/auth';

const secret = 'a-test-secret-of-enough-length-for-hs256';
const sign = (claims: Record<string, unknown>, exp: number) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('t').setExpirationTime(exp).sign(new TextEncoder().encode(secret));

describe('a verified token asked with again', () => {
  test('gives the same identity until its exp, then is refused as jose refuses it', async () => {
    const verifier = await createVerifier({ HUB_JWT_SECRET: secret });
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await sign({ role: 'leader', scope: ['48'] }, exp);
    const first = await verifier.verify(`Bearer ${token}`);
    expect(first).toEqual({ sub: 't', role: 'leader', scope: ['48'] });
    expect(await verifier.verify(`Bearer ${token}`)).toEqual(first);
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 50));
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toThrow(/token không hợp lệ/);
  });

  test('a token signed with another key is refused every time', async () => {
    const verifier = await createVerifier({ HUB_JWT_SECRET: 'another-secret-of-enough-length-for-hs256' });
    const token = await sign({ role: 'admin', scope: ['*'] }, Math.floor(Date.now() / 1000) + 60);
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toThrow(/token không hợp lệ/);
    await expect(verifier.verify(`Bearer ${token}`)).rejects.toThrow(/token không hợp lệ/);
  });
});
