// Opening share links on the playground and embed.html, and embed.html's
// options (docs/protocol.md §6). Everything a link carries becomes editor
// text or request fields; messages are built with text nodes only.

import { h } from "./dom.js";
import { encodeShare } from "./share.js";
import { loadCode, saveCode } from "./storage.js";

/** embed.html's query options: autorun=run|explore, readonly, height=N, theme=light|dark. */
export function embedOptions(search = location.search) {
  const q = new URLSearchParams(search);
  const autorun = { 1: "run", run: "run", explore: "explore" }[q.get("autorun") || ""] || "";
  const height = Math.round(Number(q.get("height")));
  const theme = q.get("theme");
  const readonly = q.has("readonly") && !["0", "false", "no"].includes(q.get("readonly"));
  return {
    autorun,
    readonly,
    height: height >= 100 && height <= 5000 ? height : 0,
    theme: theme === "light" || theme === "dark" ? theme : "",
  };
}

/** Sets the page's theme before the panes are drawn (embed.html?theme=). */
export function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
}

/**
 * A notice above the panes about the link the page was opened with: what
 * could not be opened, or (on the playground) that the learner's own saved
 * code is kept, with the choice to replace it.
 */
export function linkNotice(link, { page, storageKey, pane }) {
  if (!link) return null;
  const close = h("button", { type: "button", class: "icon-button", "aria-label": "Close this message", text: "×" });
  let note;
  if (!link.ok) {
    note = h("div", { class: "notice link-notice is-error", role: "alert", "data-testid": "link-message" },
      h("strong", { text: "This link could not be opened. " }), link.message,
      page === "playground" ? " The playground shows your own code instead." : " Here is an empty playground instead.",
      close);
  } else if (page === "playground") {
    const saved = storageKey ? loadCode(storageKey) : null;
    const differs = saved !== null && saved !== link.code;
    const parts = [h("strong", { text: "Code from a link. " }), "Read it before you run it: it runs only in this tab. "];
    if (differs) {
      const keep = h("button", { type: "button", class: "button small", text: "Save it as my code" });
      const mine = h("a", { class: "button small ghost", href: location.pathname, text: "Back to my code" });
      keep.addEventListener("click", () => {
        if (!confirm("Replace your saved playground code with the code from this link?")) return;
        saveCode(storageKey, pane.editor.getText());
        note.replaceChildren(h("span", { text: "Saved: this is now your playground code." }), close);
      });
      parts.push("Your own saved code is kept and was not changed. ", keep, " ", mine);
    } else if (storageKey) {
      const keep = h("button", { type: "button", class: "button small", text: "Save it as my code" });
      keep.addEventListener("click", () => {
        saveCode(storageKey, pane.editor.getText());
        note.replaceChildren(h("span", { text: "Saved: this is now your playground code." }), close);
      });
      parts.push("Edits to it are not saved unless you ", keep, ".");
    }
    note = h("div", { class: "notice link-notice", role: "status", "data-testid": "link-message" }, parts, close);
  } else {
    return null;
  }
  close.addEventListener("click", () => note.remove());
  return note;
}

/** Opens what a link asks for in a pane: its run at its step, or an autorun. */
export async function openLink(pane, link, autorun) {
  if (link && link.ok && link.seed) pane.setSeed(link.seed);
  if (link && link.ok && link.schedule) {
    await pane.openShared(link);
    return;
  }
  const mode = (link && link.ok && link.mode) || autorun;
  if (mode === "explore") await pane.explore();
  else if (mode === "step") await pane.stepStart();
  else if (mode === "run") {
    if (link && link.ok && link.seed) await pane.run({ seed: link.seed });
    else await pane.runNewSeed();
  }
}

/**
 * embed.html: the "Open in Lockstep" link (with the code as edited) and the
 * frame's size, told to the page that frames it.
 */
export function setupEmbed(pane, options) {
  const open = h("a", {
    class: "button small ghost open-in-lockstep", href: "playground.html" + location.hash,
    target: "_blank", rel: "noopener", "data-testid": "open-in-lockstep",
    title: "Open this scenario in the Lockstep playground (a new tab)",
  }, "Open in Lockstep ", h("span", { "aria-hidden": "true", text: "↗" }));
  let current = "";
  const refresh = async () => {
    const code = pane.editor.getText();
    if (code === current) return;
    current = code;
    const fragment = await encodeShare({ code });
    if (current === code) open.href = "playground.html#" + fragment;
  };
  refresh();
  pane.editor.view.dom.addEventListener("focusout", refresh);
  open.addEventListener("pointerenter", refresh);
  open.addEventListener("focus", refresh);
  const tools = pane.el.querySelector(".pane-tools");
  if (tools) tools.prepend(open);
  if (options.readonly) pane.el.classList.add("is-readonly");

  // The frame's height for the framing page (embed.js sizes the iframe with
  // it). Only a number leaves the frame; the content needs no secret channel.
  if (window.parent === window) return;
  const main = document.getElementById("main");
  let last = 0;
  const post = () => {
    const height = options.height || Math.ceil(main.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "lockstep:size", height }, "*");
  };
  new ResizeObserver(post).observe(main);
  post();
  // The framing page may ask again (after it added the listener): only a
  // message from the parent window, of exactly that shape, is answered.
  addEventListener("message", (e) => {
    if (e.source !== window.parent) return;
    const d = e.data;
    if (!d || typeof d !== "object" || Object.keys(d).length !== 1 || d.type !== "lockstep:measure") return;
    last = 0;
    post();
  });
}
