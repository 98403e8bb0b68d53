import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** An Ed25519 key pair like a Discord application's: the public key as DISCORD_PUBLIC_KEY wants it (hex). */
export interface DiscordSigner {
  publicKeyHex: string;
  privateKey: KeyObject;
  /** Headers Discord sends with an interaction: X-Signature-Ed25519 over timestamp + body. */
  headers(body: string, timestamp?: number): Record<string, string>;
}

export function discordSigner(): DiscordSigner {
  const pair = generateKeyPairSync('ed25519');
  const privateKey: KeyObject = pair.privateKey;
  const x = pair.publicKey.export({ format: 'jwk' }).x ?? '';
  return {
    privateKey,
    publicKeyHex: Buffer.from(x, 'base64url').toString('hex'),
    headers(body, timestamp = Math.floor(Date.now() / 1000)) {
      const ts = String(timestamp);
      return {
        'content-type': 'application/json',
        'x-signature-timestamp': ts,
        'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'),
      };
    },
  };
}
