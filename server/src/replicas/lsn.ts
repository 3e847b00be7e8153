/** A WAL position as PostgreSQL prints it ("16/B374D848"), as a number that compares. */
export function parseLsn(text: string | null | undefined): bigint | undefined {
  if (!text) return undefined;
  const match = /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(text.trim());
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}
