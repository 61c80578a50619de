import { readFileSync } from "node:fs";

/**
 * The local addresses on which some process listens on TCP `port`, read from /proc/net/tcp{,6}
 * (state 0A = LISTEN): "127.0.0.1", "0.0.0.0", "::", "::1"…
 */
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(".");
}

function ipv6(hex: string): string {
  if (/^0+$/.test(hex)) return "::";
  if (hex === "00000000000000000000000001000000") return "::1";
  return hex;
}

export function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const [file, decode] of [
    ["/proc/net/tcp", ipv4],
    ["/proc/net/tcp6", ipv6],
  ] as const) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.trim().split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, portHex] = local.split(":");
      if (state === "0A" && parseInt(portHex, 16) === port) found.push(decode(address));
    }
  }
  return found;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`attente trop longue : ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
