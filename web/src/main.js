// The page's entry point. It is small on purpose and loads async: it starts
// the core (the worker and the compilation of the wasm) as early as it can,
// even before the document is parsed, then loads the user interface
// (app.js, a separate chunk) and starts it once the document is ready.
// The asset URLs are on the <html> element (written by the site builder).

import { Core } from "./worker-client.js";
import { markVisited, showProgress } from "./progress.js";

const root = document.documentElement;
const page = root.dataset.page;
// embed.html?theme=light|dark, set this early so that the frame does not
// first paint in the reader's scheme (links.js applyTheme sets it too).
if (page === "embed") {
  const theme = new URLSearchParams(location.search).get("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
}
let core = null;
if (["lesson", "playground", "embed"].includes(page)) {
  core = new Core({ worker: root.dataset.worker, wasm: root.dataset.wasm, wasmExec: root.dataset.wasmExec });
  // For tests and the benchmarks: the core, the panes, when the core was first ready.
  window.lockstep = { core, panes: [], readyAt: 0 };
  core.subscribe((state) => {
    root.dataset.core = state;
    if (state === "ready" && !window.lockstep.readyAt) window.lockstep.readyAt = performance.now();
  });
}
// The index page only shows the learner's progress: no interface to load.
const app = page === "index" ? null : import("./app.js");

function start() {
  if (!app) {
    showProgress();
    return;
  }
  const article = document.querySelector("article[data-lesson]");
  if (page === "lesson" && article) markVisited(article.dataset.lesson);
  app
    .then((m) => m.start(core))
    .then(() => {
      // For tests: the panes are built.
      root.dataset.ui = "ready";
    });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
