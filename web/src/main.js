// The page's entry point. It is small on purpose: it starts the core (the
// worker and the compilation of the wasm) first, then loads the user
// interface (app.js, a separate chunk) while the core compiles.

import { Core } from "./worker-client.js";

function boot() {
  const body = document.body;
  const root = document.documentElement;
  let core = null;
  if (["lesson", "playground", "embed"].includes(body.dataset.page)) {
    core = new Core({ worker: body.dataset.worker, wasm: body.dataset.wasm, wasmExec: body.dataset.wasmExec });
    // For tests and the benchmarks: the core, the panes, when the core was first ready.
    window.lockstep = { core, panes: [], readyAt: 0 };
    core.subscribe((state) => {
      root.dataset.core = state;
      if (state === "ready" && !window.lockstep.readyAt) window.lockstep.readyAt = performance.now();
    });
  }
  import("./app.js").then((app) => app.start(core));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
