const encoder = new TextEncoder();

/**
 * Compares two secrets in constant time. Both are hashed first, so neither
 * the length nor the first differing byte of the expected secret leaks
 * through timing. Works the same on Workers and Node (WebCrypto).
 */
export async function secretsEqual(given: string | undefined | null, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(given ?? "")),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = given == null ? 1 : 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}
