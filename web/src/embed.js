// embed.js: one script tag on a course page turns each
// <pre data-lockstep>…code…</pre> into a Lockstep playground (an iframe of
// embed.html whose fragment carries the code). Attributes on the <pre>:
// data-height (pixels), data-autorun ("1" runs it on load), data-title.
//
//   <script src="https://…/embed.js" defer></script>
//
// It is served at a stable address (not content-hashed) for that reason.

import { encodeShare } from "./share.js";

(function () {
  const script = document.currentScript;
  const base = new URL("embed.html", script ? script.src : location.href);

  async function upgrade(pre) {
    if (pre.dataset.lockstepDone) return;
    pre.dataset.lockstepDone = "1";
    const code = pre.textContent.replace(/^\n/, "");
    const url = new URL(base.href);
    if (pre.dataset.autorun === "1") url.searchParams.set("autorun", "1");
    url.hash = await encodeShare({ code });
    const lines = code.split("\n").length;
    const frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = pre.dataset.title || "Lockstep playground";
    frame.loading = "lazy";
    frame.setAttribute("allow", "clipboard-write");
    frame.style.width = "100%";
    frame.style.border = "1px solid #dedad2";
    frame.style.borderRadius = "8px";
    frame.style.height = (Number(pre.dataset.height) || Math.min(1100, 620 + lines * 20)) + "px";
    pre.replaceWith(frame);
  }

  function run() {
    document.querySelectorAll("pre[data-lockstep]").forEach((pre) => upgrade(pre));
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
