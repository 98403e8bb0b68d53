import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (Slack tokens in the state file or database): AES-256-GCM from node:crypto, a fresh
 * 12-byte nonce per value, the tag checked on open. Text form: `v1.<nonce>.<tag>.<ciphertext>` (base64url).
 */

const VERSION = 'v1';

export class SealedBoxError extends Error {
  override name = 'SealedBoxError';
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) {
    throw new SealedBoxError(
      `the encryption key is ${key.length} bytes, not 32: set TOKEN_ENCRYPTION_KEY from \`openssl rand -base64 32\``,
    );
  }
}

export function seal(plaintext: string, key: Buffer): string {
  checkKey(key);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, nonce, tag, body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function open(sealed: string, key: Buffer): string {
  checkKey(key);
  const [version, nonce, tag, body, ...rest] = sealed.split('.');
  if (version !== VERSION || !nonce || !tag || body === undefined || rest.length) {
    throw new SealedBoxError('not a sealed value (expected v1.<nonce>.<tag>.<ciphertext>)');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new SealedBoxError(
      'cannot decrypt a stored secret: TOKEN_ENCRYPTION_KEY is not the key it was stored with, or the value was altered',
    );
  }
}
