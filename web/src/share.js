// Share links: everything lives in the URL fragment, which browsers never
// send to a server. Format (docs/protocol.md §6, the same as Go's
// wasm/share):
//
//   #v=2&code=<base64url of the UTF-8 source>&schedule=<schedule>&step=<N>&seed=<N>&mode=<run|step|explore>&crc=<8 hex digits>
//
// with z=<base64url of the deflate-raw compressed source> in place of code=
// when that is shorter. Everything but v, code/z and crc is optional. crc,
// always last, is the CRC-32 of every character before "&crc=" (lower-case
// hexadecimal): a link cut anywhere has none or a short one, so it is always
// recognised as cut. Version 1 links (no crc) still open. Decoded contents
// only ever become editor text and request fields, never HTML.

/** The format version this page writes (and the newest it reads). */
export const VERSION = 2;
/** The largest program a link may carry (bytes, as Go's share.MaxSource). */
export const MAX_SOURCE = 256 << 10;
/** The longest fragment the page reads at all. */
export const MAX_FRAGMENT = 1 << 20;
const MODES = ["run", "step", "explore"];

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new LinkError("corrupt");
  const b64 = text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  // A length of 4n+1 cannot come from base64: the link was cut short.
  if (b64.length % 4 === 1) throw new LinkError("truncated");
  const s = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const out = await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(out);
}

/** Inflates deflate-raw data, giving up beyond limit bytes (a zip bomb). */
async function inflate(bytes, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const parts = [];
  let n = 0;
  for (;;) {
    let r;
    try {
      r = await reader.read();
    } catch {
      throw new LinkError(n ? "truncated" : "corrupt");
    }
    if (r.done) break;
    n += r.value.length;
    if (n > limit) {
      reader.cancel().catch(() => {});
      throw new LinkError("huge");
    }
    parts.push(r.value);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let crcTable;

/** CRC-32 (IEEE, as Go's hash/crc32.ChecksumIEEE) of a string's UTF-8 bytes, as 8 hex digits. */
export function crc32(text) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of new TextEncoder().encode(text)) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, "0");
}

/** Checks a version 2 fragment's crc field (it comes last in a whole link). */
function verify(text, crc) {
  const i = text.indexOf("&crc=");
  if (i < 0 || (crc.length < 8 && text.endsWith("&crc=" + crc))) throw new LinkError("truncated");
  if (!/^[0-9a-f]{8}$/.test(crc) || crc32(text.slice(0, i)) !== crc) throw new LinkError("corrupt");
}

class LinkError extends Error {
  constructor(kind) {
    super(kind);
    this.kind = kind;
  }
}

/** What the page says about a link it cannot open, by kind. */
export const LINK_MESSAGES = {
  corrupt: "This link is damaged, so its program could not be opened. Ask whoever sent it for a fresh copy.",
  truncated: "This link looks cut short (perhaps by an e-mail or chat program), so its program could not be opened. Copy the whole link and try again.",
  version: "This link was made by a newer version of Lockstep, which this page cannot read. Reload the page (it may be an old copy) or ask for a new link.",
  huge: "This link carries a program too large to open here (over 256 KB).",
  nocode: "This link carries no program.",
};

/**
 * Encodes a share fragment (without the leading "#").
 * @param {{code: string, schedule?: string, step?: number, seed?: number, mode?: string}} share
 */
export async function encodeShare({ code, schedule, step, seed, mode }) {
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
  // The same order as Go's share.Encode.
  let out = `v=${VERSION}&${key}=${value}`;
  if (schedule) {
    out += "&schedule=" + encodeURIComponent(schedule);
    if (step > 0) out += "&step=" + String(step | 0);
  }
  if (seed > 0) out += "&seed=" + String(Math.floor(seed));
  if (mode && MODES.includes(mode)) out += "&mode=" + mode;
  return out + "&crc=" + crc32(out);
}

/** Whether a fragment looks like a share link (rather than #scenario-…). */
export function isShareHash(hash) {
  // "v" and "v=" are what is left of a link cut inside its first field.
  return /(^#?|&)(v|code|z)=|^#?v$/.test(String(hash || ""));
}

/**
 * Decodes a share fragment ("#..." or "...").
 * Returns null when the fragment is not a share link at all, {ok: false,
 * kind, message} when it is one that cannot be opened, else {ok: true, code,
 * schedule, step, seed, mode}.
 */
export async function decodeShare(hash) {
  const text = String(hash || "").replace(/^#/, "");
  if (!isShareHash(text)) return null;
  try {
    if (text.length > MAX_FRAGMENT) throw new LinkError("huge");
    if (text === "v" || text === "v=") throw new LinkError("truncated");
    const params = new URLSearchParams(text);
    const v = params.get("v");
    if (v !== null && v !== "") {
      if (!/^\d{1,6}$/.test(v)) throw new LinkError("corrupt");
      if (Number(v) > VERSION) throw new LinkError("version");
      if (Number(v) >= 2) verify(text, params.get("crc") || "");
    }
    let bytes;
    if (params.has("z")) {
      if (typeof DecompressionStream !== "function") throw new LinkError("corrupt");
      bytes = await inflate(fromBase64url(params.get("z")), MAX_SOURCE);
    } else if (params.has("code")) {
      bytes = fromBase64url(params.get("code"));
    } else {
      throw new LinkError("nocode");
    }
    if (bytes.length > MAX_SOURCE) throw new LinkError("huge");
    let code;
    try {
      code = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // Invalid UTF-8: a damaged link, or one cut inside a character.
      throw new LinkError("corrupt");
    }
    const schedule = params.get("schedule") || "";
    if (schedule.length > 100000 || /[\u0000-\u001f<>"'`]/.test(schedule)) throw new LinkError("corrupt");
    const num = (name, max) => {
      const s = params.get(name);
      if (s === null || s === "") return 0;
      if (!/^\d{1,15}$/.test(s) || Number(s) > max) throw new LinkError("corrupt");
      return Number(s);
    };
    const step = schedule ? num("step", 10000000) : 0;
    const seed = num("seed", Number.MAX_SAFE_INTEGER);
    const m = params.get("mode") || "";
    const mode = MODES.includes(m) ? m : "";
    return { ok: true, code, schedule, step, seed, mode };
  } catch (err) {
    const kind = err instanceof LinkError ? err.kind : "corrupt";
    return { ok: false, kind, message: LINK_MESSAGES[kind] || LINK_MESSAGES.corrupt };
  }
}
