// SHA-256 in hex, for keys that must not carry what they stand for (a ticket) and for digests of what the background
// sends the tabs (the library's revision).

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
