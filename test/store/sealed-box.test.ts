import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, SealedBoxError, seal } from '../../src/store/sealed-box.js';

describe('sealed box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, with a fresh nonce each time and no plain text in the sealed form', () => {
    const a = seal('xoxb-secret-token', key);
    const b = seal('xoxb-secret-token', key);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain('xoxb');
    expect(open(a, key)).toBe('xoxb-secret-token');
  });

  it('refuses another key, an altered value, and a value that is not sealed, saying which', () => {
    const sealed = seal('xoxb-secret-token', key);
    expect(() => open(sealed, randomBytes(32))).toThrow(
      /TOKEN_ENCRYPTION_KEY is not the key it was stored with/,
    );
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => open(parts.join('.'), key)).toThrow(SealedBoxError);
    expect(() => open('xoxb-plain', key)).toThrow(/not a sealed value/);
    expect(() => seal('x', randomBytes(16))).toThrow(/16 bytes, not 32/);
  });
});
