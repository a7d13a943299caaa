// embed.js: one script tag on a course page turns each
// <pre data-lockstep>…code…</pre> block, and each
// <lockstep-playground>…code…</lockstep-playground> element, into a Lockstep
// playground: an iframe of embed.html whose fragment carries the code.
//
//   <script src="https://…/embed.js" defer></script>
//   <pre data-lockstep data-autorun="explore">import threading …</pre>
//   <lockstep-playground autorun="run" readonly>print("hi")</lockstep-playground>
//
// Options (data-NAME on the <pre>, NAME on the element):
//   autorun   run | explore (1 = run): run or explore the code on load
//   readonly  the code cannot be edited
//   height    a fixed height in pixels (else the frame grows to fit)
//   theme     light | dark (else the reader's preference)
//   schedule, step, seed   open exactly that run (as a share link would)
//   title     the frame's accessible title
//
// The frame tells its height with postMessage; only messages from the
// embed page's origin, from one of these frames, of the expected shape are
// used. The script is served at a stable address (not content-hashed).

import { encodeShare } from "./share.js";

(function () {
  if (window.lockstepEmbed) return; // loaded twice
  window.lockstepEmbed = true;
  const script = document.currentScript;
  const base = new URL("embed.html", script ? script.src : location.href);
  /** iframe window → iframe, for the frames that size themselves. */
  const frames = new Map();

  function option(el, name) {
    const v = el.tagName === "PRE" ? el.getAttribute("data-" + name) : el.getAttribute(name);
    return v === null ? null : v.trim();
  }

  async function upgrade(el) {
    if (el.dataset.lockstepDone) return;
    el.dataset.lockstepDone = "1";
    const code = el.textContent.replace(/^\r?\n/, "").replace(/\s+$/, "") + "\n";
    const url = new URL(base.href);
    const autorun = option(el, "autorun");
    if (autorun === "1" || autorun === "run" || autorun === "explore") url.searchParams.set("autorun", autorun);
    const readonly = option(el, "readonly");
    if (readonly !== null && readonly !== "false" && readonly !== "0") url.searchParams.set("readonly", "");
    const theme = option(el, "theme");
    if (theme === "light" || theme === "dark") url.searchParams.set("theme", theme);
    const fixed = Math.round(Number(option(el, "height")));
    const height = fixed >= 100 && fixed <= 5000 ? fixed : 0;
    if (height) url.searchParams.set("height", String(height));
    url.hash = await encodeShare({
      code: code.replace(/\n$/, ""),
      schedule: option(el, "schedule") || "",
      step: Number(option(el, "step")) || 0,
      seed: Number(option(el, "seed")) || 0,
    });
    const lines = code.split("\n").length;
    const frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = option(el, "title") || "Lockstep playground";
    frame.setAttribute("allow", "clipboard-write");
    frame.className = "lockstep-embed";
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "1px solid #dedad2";
    frame.style.borderRadius = "8px";
    // A first guess; the frame then tells its real height.
    frame.style.height = (height || Math.min(900, 360 + lines * 20)) + "px";
    frame.addEventListener("load", () => {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "lockstep:measure" }, base.origin);
    });
    if (el.tagName === "PRE") el.replaceWith(frame);
    else {
      el.replaceChildren(frame);
      el.style.display = "block";
    }
    if (!height) frames.set(frame.contentWindow, frame);
  }

  addEventListener("message", (e) => {
    if (e.origin !== base.origin) return;
    const frame = frames.get(e.source);
    if (!frame || !frame.isConnected) return;
    const d = e.data;
    if (!d || typeof d !== "object" || d.type !== "lockstep:size" || Object.keys(d).length !== 2) return;
    const height = d.height;
    if (typeof height !== "number" || !Number.isFinite(height) || height < 50) return;
    frame.style.height = Math.min(Math.ceil(height) + 2, 5000) + "px"; // + the border
  });

  function run() {
    document.querySelectorAll("pre[data-lockstep], lockstep-playground").forEach((el) => upgrade(el));
  }

  if (window.customElements && !customElements.get("lockstep-playground")) {
    customElements.define("lockstep-playground", class extends HTMLElement {
      connectedCallback() {
        // Its text is parsed after the start tag: wait for the document.
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => upgrade(this), { once: true });
        else upgrade(this);
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
