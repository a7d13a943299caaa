// The page's user interface, loaded by main.js once the core is starting:
// turns the scenario cards that the site builder rendered into scenario panes
// and lays them out: beside the lesson text on wide screens (one pane at a
// time, with tabs), inline after each card on narrow ones.

import { Scenario } from "./scenario.js";
import { h } from "./dom.js";
import { highlightCards } from "./highlight.js";
import { decodeShare, isShareHash } from "./share.js";
import { embedOptions, applyTheme, linkNotice, openLink, setupEmbed } from "./links.js";
import { scenarioKey } from "./storage.js";
import { watchChallenges } from "./challenge.js";

const PLAYGROUND_PLACEHOLDER = "# Write a Python program that starts threads,\n# then press Run (Ctrl/⌘-Enter), or load an example.";

/**
 * Builds the page's panes.
 * @param {import("./worker-client.js").Core | null} core null on pages without scenarios
 */
export async function start(core) {
  const body = document.body;
  const page = document.documentElement.dataset.page;
  const cards = [...document.querySelectorAll(".scenario-card[data-scenario]")];
  highlightCards(cards);
  if (!core) return;
  core.subscribe((state, error) => {
    if (state === "failed") showCoreFailure(error);
  });

  const workbench = document.getElementById("workbench");
  const article = document.querySelector("article[data-lesson]");
  const storagePage = article ? article.dataset.lesson : page;
  if (!cards.length) {
    body.classList.add("no-scenarios");
    return;
  }
  // The playground and embed.html open share links (#v=2&code=…); a link
  // that cannot be opened leaves a message and the page as it would be.
  const options = page === "embed" ? embedOptions() : {};
  applyTheme(options.theme);
  const link = page !== "lesson" ? await decodeShare(location.hash) : null;
  const shared = link && link.ok ? link : null;
  if (page !== "lesson") {
    addEventListener("hashchange", () => {
      if (isShareHash(location.hash)) location.reload();
    });
  }
  // One pane after the other, yielding in between, so that the core's
  // messages and the learner's input are handled while the page builds.
  const panes = [];
  for (const card of cards) {
    if (panes.length) await new Promise((resolve) => setTimeout(resolve, 0));
    const code = card.querySelector("code");
    const pane = new Scenario({
      core,
      page: storagePage,
      id: card.dataset.scenario,
      title: card.dataset.title || (page === "embed" ? "Lockstep" : ""),
      source: shared ? shared.code : code ? code.textContent : "",
      persist: !shared,
      placeholder: card.hasAttribute("data-empty") ? PLAYGROUND_PLACEHOLDER : undefined,
      examples: page === "playground",
      readOnly: options.readonly,
    });
    pane.card = card;
    pane.el.id = `pane-${card.dataset.scenario}`;
    panes.push(pane);
  }
  window.lockstep.panes = panes;
  addEventListener("pagehide", () => panes.forEach((p) => p.flush()));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") panes.forEach((p) => p.flush());
  });

  if (page !== "lesson") {
    for (const p of panes) workbench.append(p.el);
    const note = linkNotice(link, { page, storageKey: scenarioKey(storagePage, cards[0].dataset.scenario), pane: panes[0] });
    if (note) workbench.before(note);
    if (page === "embed") setupEmbed(panes[0], options);
    openLink(panes[0], shared, options.autorun);
    return;
  }

  // Lesson pages: tabs in the workbench, "Try it" on each card.
  let active = 0;
  const tabs = panes.map((p, i) => h("button", {
    type: "button",
    role: "tab",
    id: `tab-${p.id}`,
    class: "tab",
    "aria-controls": p.el.id,
    text: p.title || `Scenario ${i + 1}`,
    on: { click: () => activate(i, false) },
  }));
  const tablist = h("div", { class: "tabs", role: "tablist", "aria-label": "Scenarios of this lesson" }, tabs);
  tablist.addEventListener("keydown", (e) => {
    const dir = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (dir) {
      e.preventDefault();
      const i = (active + dir + panes.length) % panes.length;
      activate(i, false);
      tabs[i].focus();
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      const i = e.key === "Home" ? 0 : panes.length - 1;
      activate(i, false);
      tabs[i].focus();
    }
  });
  for (const [i, p] of panes.entries()) {
    p.el.setAttribute("role", "tabpanel");
    p.el.setAttribute("aria-labelledby", tabs[i].id);
    const open = h("button", { type: "button", class: "button small try-it", on: { click: () => activate(i, true) } }, "Try it ", h("span", { "aria-hidden": "true", text: "▸" }));
    const caption = p.card.querySelector("figcaption");
    if (caption) caption.append(open);
    tabs[i].title = p.title;
  }
  watchChallenges(storagePage);
  // Each challenge box opens its scenario.
  for (const box of document.querySelectorAll(".challenge[data-challenge-for]")) {
    const i = panes.findIndex((p) => p.id === box.dataset.challengeFor);
    if (i < 0) continue;
    const label = box.dataset.kind === "step" ? "Step it by hand" : "Edit the code";
    box.append(h("button", { type: "button", class: "button small", on: { click: () => {
      activate(i, true);
      if (box.dataset.kind === "step") panes[i].stepStart();
    } } }, label, " ", h("span", { "aria-hidden": "true", text: "▸" })));
  }

  const narrow = window.matchMedia("(max-width: 1099px)");
  function layout() {
    body.classList.toggle("narrow", narrow.matches);
    if (narrow.matches) {
      tablist.remove();
      for (const p of panes) {
        p.card.after(p.el);
        p.el.hidden = false;
        p.card.classList.add("has-pane");
        p.shown();
      }
    } else {
      workbench.append(tablist);
      for (const p of panes) {
        workbench.append(p.el);
        p.card.classList.remove("has-pane");
      }
      activate(active, false);
    }
    if (panes.length < 2) tablist.hidden = true;
  }

  function activate(i, focus) {
    active = i;
    for (const [j, p] of panes.entries()) {
      const on = j === i;
      tabs[j].setAttribute("aria-selected", String(on));
      tabs[j].tabIndex = on ? 0 : -1;
      if (on) {
        const r = tabs[j].getBoundingClientRect();
        const lr = tablist.getBoundingClientRect();
        if (r.left < lr.left) tablist.scrollLeft -= lr.left - r.left + 16;
        else if (r.right > lr.right) tablist.scrollLeft += r.right - lr.right + 16;
      }
      p.card.classList.toggle("is-active", on);
      if (!narrow.matches) p.el.hidden = !on;
      if (on) p.shown();
    }
    if (focus) {
      if (narrow.matches) panes[i].el.scrollIntoView({ block: "start", behavior: "smooth" });
      panes[i].focus();
    }
  }

  narrow.addEventListener("change", layout);
  layout();
  // A link to #scenario-ID opens that scenario.
  const fromHash = panes.findIndex((p) => location.hash === `#scenario-${p.id}`);
  if (fromHash >= 0) activate(fromHash, false);
}

function showCoreFailure(message) {
  if (document.querySelector(".core-failure")) return;
  const note = h("div", { class: "core-failure notice", role: "alert" },
    h("strong", { text: "The program runner could not start. " }),
    `${message}. Reload the page to try again.`);
  document.body.prepend(note);
}
