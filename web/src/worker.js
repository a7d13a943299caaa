// The Lockstep core's Web Worker: a classic worker that loads Go's
// wasm_exec.js with importScripts, instantiates the core, and relays the
// page's requests to the global lockstepHandle that the core registers.
// The message protocol is documented in docs/protocol.md.
/* global Go, lockstepHandle */

let ready = false;
const timing = { start: performance.now() };
let cancelFlag = null; // Int32Array over a SharedArrayBuffer when the page is cross-origin isolated

// The core calls this once lockstepHandle is registered.
self.lockstepReady = () => {
  ready = true;
  timing.ready = performance.now();
  self.postMessage({ type: "ready", timing });
};

function fail(message) {
  self.postMessage({ type: "fatal", message: String(message) });
}

async function init(msg) {
  try {
    timing.init = performance.now();
    importScripts(msg.wasmExec);
    const go = new Go();
    let instance;
    if (msg.module) {
      instance = await WebAssembly.instantiate(msg.module, go.importObject);
    } else {
      const response = fetch(msg.wasm);
      instance = (await WebAssembly.instantiateStreaming(response, go.importObject)).instance;
    }
    if (msg.cancel) cancelFlag = new Int32Array(msg.cancel);
    timing.instantiated = performance.now();
    go.run(instance).then(
      () => fail("the core exited"),
      (err) => fail(err && err.message ? err.message : err),
    );
  } catch (err) {
    fail(err && err.message ? err.message : err);
  }
}

function handle(msg) {
  const id = msg.id;
  if (!ready) {
    self.postMessage({ type: "response", id, response: { type: "error", message: "the core is not ready" } });
    return;
  }
  let last = 0;
  const progress = (report) => {
    const now = performance.now();
    // At most ~30 progress messages a second reach the page.
    if (now - last > 33) {
      last = now;
      let parsed;
      try {
        parsed = JSON.parse(report);
      } catch {
        parsed = null;
      }
      if (parsed) self.postMessage({ type: "progress", id, report: parsed });
    }
    return !(cancelFlag && Atomics.load(cancelFlag, 0) === id);
  };
  const started = performance.now();
  let text;
  try {
    text = lockstepHandle(JSON.stringify(msg.request), progress);
  } catch (err) {
    text = JSON.stringify({ type: "error", message: "the core failed: " + (err && err.message ? err.message : err) });
  }
  let response;
  try {
    response = JSON.parse(text);
  } catch {
    response = { type: "error", message: "the core answered something that is not JSON" };
  }
  self.postMessage({ type: "response", id, response, ms: performance.now() - started });
}

self.onmessage = (e) => {
  const msg = e.data;
  if (!msg || typeof msg !== "object") return;
  if (msg.type === "init") init(msg);
  else if (msg.type === "request") handle(msg);
};
