// Share links: everything lives in the URL fragment, which browsers never
// send to a server. Format (docs/protocol.md §6):
//
//   #v=1&code=<base64url of the UTF-8 source>&schedule=<schedule>&step=<N>
//
// with z=<base64url of the deflate-raw compressed source> in place of code=
// when that is shorter. Decoded contents only ever become editor text and
// request fields, never HTML.

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const s = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const out = await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(out);
}

/**
 * Encodes a share fragment (without the leading "#").
 * @param {{code: string, schedule?: string, step?: number}} share
 */
export async function encodeShare({ code, schedule, step }) {
  const params = new URLSearchParams();
  params.set("v", "1");
  const raw = new TextEncoder().encode(code);
  let key = "code";
  let value = toBase64url(raw);
  if (typeof CompressionStream === "function" && raw.length > 200) {
    try {
      const z = toBase64url(await pipe(raw, new CompressionStream("deflate-raw")));
      if (z.length < value.length * 0.9) {
        key = "z";
        value = z;
      }
    } catch {
      // keep it uncompressed
    }
  }
  params.set(key, value);
  if (schedule) params.set("schedule", schedule);
  if (schedule && step) params.set("step", String(step | 0));
  return params.toString();
}

/**
 * Decodes a share fragment ("#..." or "..."); null when it carries no code.
 * @returns {Promise<{code: string, schedule: string, step: number} | null>}
 */
export async function decodeShare(hash) {
  const params = new URLSearchParams(String(hash || "").replace(/^#/, ""));
  try {
    let bytes;
    if (params.has("z")) {
      if (typeof DecompressionStream !== "function") return null;
      bytes = await pipe(fromBase64url(params.get("z")), new DecompressionStream("deflate-raw"));
    } else if (params.has("code")) {
      bytes = fromBase64url(params.get("code"));
    } else {
      return null;
    }
    const code = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    const schedule = (params.get("schedule") || "").slice(0, 100000);
    const step = Math.max(0, parseInt(params.get("step") || "0", 10) || 0);
    return { code, schedule, step };
  } catch {
    return null;
  }
}
